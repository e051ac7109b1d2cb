using InstaIntel.Api.GraphQL;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace InstaIntel.Tests.GraphQL;

/// <summary>
/// Every schema change is deliberate: the printed schema must match both the snapshot and schema/schema.graphql. Under
/// CI (`CI=true`) neither is ever written: a missing snapshot or `UPDATE_SCHEMA=1` fails instead of passing.
/// </summary>
public sealed class SchemaTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Update = "run `UPDATE_SCHEMA=1 dotnet test --filter SchemaTests` and review the diff";

    private static readonly bool InCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
    private static readonly bool Updating = Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1";

    private string Printed => GraphQLSetup.PrintSchema(app.Services.GetRequiredService<AppSchema>());

    [Fact]
    public void The_schema_matches_its_snapshot()
    {
        Assert.False(InCi && Updating, "UPDATE_SCHEMA=1 under CI=true would accept any schema.");
        var snapshot = Path.Combine(RepoRoot.Find(), "tests", "InstaIntel.Tests", "GraphQL", "__snapshots__", $"{nameof(SchemaTests)}.{nameof(The_schema_matches_its_snapshot)}.snap");
        // Snapshooter writes a missing snapshot and passes: under CI that would accept any schema.
        Assert.False(InCi && !File.Exists(snapshot), $"The schema snapshot {snapshot} is missing: {Update}.");
        Snapshot.Match(Printed);
    }

    [Fact]
    public void Schema_graphql_in_the_repo_is_the_printed_schema()
    {
        Assert.False(InCi && Updating, "UPDATE_SCHEMA=1 under CI=true would accept any schema.");
        var file = Path.Combine(RepoRoot.Find(), "schema", "schema.graphql");
        if (Updating) File.WriteAllText(file, Printed);
        Assert.True(File.Exists(file), $"schema/schema.graphql is missing: {Update}.");
        Assert.True(File.ReadAllText(file) == Printed, $"schema/schema.graphql is stale: {Update}.");
    }
}
