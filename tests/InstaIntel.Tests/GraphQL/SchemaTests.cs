using InstaIntel.Api.GraphQL;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace InstaIntel.Tests.GraphQL;

/// <summary>Every schema change is deliberate: the printed schema must match both the snapshot and schema/schema.graphql.</summary>
public sealed class SchemaTests(AppFactory app) : IClassFixture<AppFactory>
{
    private string Printed => GraphQLSetup.PrintSchema(app.Services.GetRequiredService<AppSchema>());

    [Fact]
    public void The_schema_matches_its_snapshot() => Snapshot.Match(Printed);

    [Fact]
    public void Schema_graphql_in_the_repo_is_the_printed_schema()
    {
        var file = Path.Combine(RepoRoot.Find(), "schema", "schema.graphql");
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1") File.WriteAllText(file, Printed);
        Assert.True(File.Exists(file), "schema/schema.graphql is missing: run `UPDATE_SCHEMA=1 dotnet test --filter SchemaTests`.");
        Assert.True(File.ReadAllText(file) == Printed,
            "schema/schema.graphql is stale: run `UPDATE_SCHEMA=1 dotnet test --filter SchemaTests` and review the diff.");
    }
}
