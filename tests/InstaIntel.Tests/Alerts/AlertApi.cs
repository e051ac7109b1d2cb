using System.Text.Json.Nodes;
using InstaIntel.Api;
using InstaIntel.Api.Alerts;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Ingest;
using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Alerts;

/// <summary>What alert tests share: settings for quick delivery, adding channels through GraphQL, crawls that end through CrawlService.</summary>
public static class AlertApi
{
    public const string BaseUrl = "http://instaintel.test";

    public static Dictionary<string, string> QuickDelivery(HttpReceiver? telegram = null) => new()
    {
        ["Alerts:BaseUrl"] = BaseUrl,
        ["Alerts:PollEvery"] = "00:00:00.200",
        ["Alerts:RetryDelay"] = "00:00:00.050",
        ["Alerts:Attempts"] = "3",
        ["Alerts:TelegramApiUrl"] = telegram?.Url ?? "http://127.0.0.1:9",
        ["Alerts:AllowPrivateHosts"] = "127.0.0.1", // the receivers listen on loopback, which alerts refuse by default
    };

    public static async Task<string> AddChannelAsync(GraphQLClient api, object input)
    {
        var data = await api.DataAsync("""
            mutation($input: AddAlertChannelInput!) { addAlertChannel(input: $input) {
              channel { id } errors { __typename ... on Error { message } } } }
            """, new { input });
        var payload = data["addAlertChannel"]!;
        Assert.True(payload["errors"] is null, payload["errors"]?.ToJsonString());
        return payload["channel"]!["id"]!.GetValue<string>();
    }

    public static async Task<JsonNode> SendTestAsync(GraphQLClient api, string channelId) =>
        (await api.DataAsync("""
            mutation($id: ID!) { sendTestAlert(input: { channelId: $id }) { delivery { status attempts lastError title body link isTest } } }
            """, new { id = channelId }))["sendTestAlert"]!["delivery"]!;

    public static async Task<JsonArray> DeliveriesAsync(GraphQLClient api) =>
        (await api.DataAsync("{ alertDeliveries(first: 100) { status attempts lastError title body link isDigest channel { name } } }"))["alertDeliveries"]!.AsArray();

    /// <summary>A complete crawl of followers that sees exactly <paramref name="followers"/>, ended through CrawlService as the crawler ends one.</summary>
    public static Task<Crawl> CrawlAsync(AppFactory app, long accountId, IEnumerable<ProfileData> followers) =>
        app.WithScopeAsync(async sp =>
        {
            var ingest = sp.GetRequiredService<IngestService>();
            var crawl = await sp.BeginCrawlAsync(accountId, CrawlLists.Followers);
            foreach (var page in followers.Chunk(50)) await ingest.IngestPageAsync(crawl.Id, FollowList.Followers, page, $"cursor-{page[^1].Pk}");
            return await sp.GetRequiredService<CrawlService>().CompleteAsync(crawl.Id, null, CancellationToken.None);
        });

    /// <summary>
    /// Waits until every recorded event is processed and no delivery is still to be tried: from then on nothing more is
    /// sent until something new happens.
    /// </summary>
    public static async Task SettledAsync(AppFactory app)
    {
        var settled = await EventuallyAsync(() => app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<InstaIntelDb>();
            return !await db.AlertOutbox.AnyAsync(e => e.ProcessedAt == null)
                && !await db.AlertDeliveries.AnyAsync(d => d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.Retrying);
        }), done => done);
        Assert.True(settled, "Alerts were still being delivered after 30 s");
    }

    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline) return value;
            await Task.Delay(100);
        }
    }
}
