using InstaIntel.Api.Security;
using InstaIntel.Tests.Crawling;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Security;

public sealed class UnreadableVaultTests
{
    [Fact]
    public async Task A_vault_damaged_while_the_app_runs_is_named_in_the_api_and_the_crawl_and_left_as_it_is()
    {
        await using var h = await CrawlHarness.StartAsync();
        var path = h.App.Services.GetRequiredService<Vault>().FilePath;
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[20] ^= 0xFF;
        await File.WriteAllBytesAsync(path, bytes);

        var status = await h.App.GraphQL().QueryAsync("{ instagramSession { connected } }");
        Assert.Contains("cannot be decrypted", status["errors"]![0]!["message"]!.GetValue<string>());

        var imported = await h.App.GraphQL().QueryAsync("mutation { importSession(input: { sessionId: \"4242%3Anew%3A1\" }) { session { connected } } }");
        Assert.Contains("Nothing was overwritten", imported["errors"]![0]!["message"]!.GetValue<string>());

        var (crawl, _) = await h.WaitAsync(await h.StartCrawlAsync("demo_small"));
        Assert.Equal("FAILED", crawl["status"]!.GetValue<string>());
        Assert.Contains("cannot be decrypted", crawl["error"]!.GetValue<string>());
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
    }
}
