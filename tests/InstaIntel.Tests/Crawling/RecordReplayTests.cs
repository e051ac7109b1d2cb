using InstaIntel.Tests.Support;

namespace InstaIntel.Tests.Crawling;

[Trait("Database", "RunDefault")]
public sealed class RecordReplayTests
{
    [Fact]
    public async Task A_recorded_crawl_replays_through_the_simulator_to_the_same_result()
    {
        var folder = Path.Combine(Path.GetTempPath(), "instaintel-tests", "recording-" + Guid.NewGuid().ToString("N"));
        long[] followers, following;
        await using (var live = await CrawlHarness.StartAsync(settings: new() { ["Instagram:RecordFolder"] = folder }))
        {
            var (crawl, _) = await live.WaitAsync(await live.StartCrawlAsync("demo_small"));
            Assert.Equal("SUCCEEDED", crawl["status"]!.GetValue<string>());
            (followers, following) = (await live.EdgesAsync("demo_small", true), await live.EdgesAsync("demo_small", false));
        }

        var files = Directory.GetFiles(folder, "*.json");
        Assert.Equal(1 + 1 + 1200 / 12 + (800 + 11) / 12, files.Length); // the session check, the profile, the pages of 12
        var text = string.Concat(files.Select(File.ReadAllText));
        Assert.DoesNotContain("demo-session", text);
        Assert.DoesNotContain("rank_token", text);

        await using (var replayed = await CrawlHarness.StartAsync(simulator: o => o.ReplayFolder = folder))
        {
            var (crawl, _) = await replayed.WaitAsync(await replayed.StartCrawlAsync("demo_small"));
            Assert.Equal("SUCCEEDED", crawl["status"]!.GetValue<string>());
            Assert.Equal(followers, await replayed.EdgesAsync("demo_small", true));
            Assert.Equal(following, await replayed.EdgesAsync("demo_small", false));
        }
        Directory.Delete(folder, recursive: true);
    }
}
