using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Support;

namespace InstaIntel.Tests.Deployment;

public sealed class ErDiagramTests
{
    [Fact]
    public void Committed_ER_diagram_source_matches_the_EF_model()
    {
        var committed = File.ReadAllText(Path.Combine(RepoRoot.Find(), "docs", "ER_diagram.dot"));
        Assert.True(committed == ErDiagram.FromModel(),
            "docs/ER_diagram.dot is stale: the EF Core model changed. Run scripts/er-diagram and commit docs/ER_diagram.dot and .png.");
    }

    [Fact]
    public void The_diagram_has_every_table_and_foreign_key()
    {
        var dot = ErDiagram.FromModel();
        foreach (var table in new[] { "accounts", "profiles", "crawls", "follower_edges", "following_edges", "staged_profiles" })
            Assert.Contains($"<b>{table}</b>", dot);
        Assert.Contains("\"accounts\" -> \"follower_edges\" [label=\"target_id\\non delete cascade\"]", dot);
        Assert.Contains("\"profiles\" -> \"following_edges\" [label=\"profile_pk\\non delete restrict\"]", dot);
    }
}
