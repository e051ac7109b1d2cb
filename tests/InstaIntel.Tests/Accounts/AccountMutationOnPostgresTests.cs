using InstaIntel.Tests.Support;

namespace InstaIntel.Tests.Accounts;

/// <summary>AccountMutationTests on PostgreSQL.</summary>
public sealed class AccountMutationOnPostgresTests(PostgresApp postgres) : AccountMutationTests(postgres.App), IClassFixture<PostgresApp>
{
    [Fact(Skip = "It crawls, and crawl completion (IngestService) is SQLite-only so far; ProviderReadTests deletes an account on PostgreSQL.")]
    public override Task Deleting_removes_crawls_edges_and_only_the_profiles_no_one_else_holds() => Task.CompletedTask;
}
