using InstaIntel.Tests.Support;

namespace InstaIntel.Tests.Accounts;

/// <summary>AccountMutationTests on PostgreSQL.</summary>
public sealed class AccountMutationOnPostgresTests(PostgresApp postgres) : AccountMutationTests(postgres.App), IClassFixture<PostgresApp>;
