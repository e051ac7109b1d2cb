using System.Text.Json.Nodes;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static InstaIntel.Tests.Support.People;

namespace InstaIntel.Tests.GraphQL;

/// <summary>The schema says "crawl" and "status"; the first names ("scrape", "state") still answer the same, deprecated, until removed.</summary>
[Trait("Database", "RunDefault")]
public sealed class CrawlNamingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<long> InsertAsync(long accountId, CrawlStatus status) => await app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<InstaIntelDb>();
        var crawl = new Crawl { AccountId = accountId, Lists = CrawlLists.Both, Status = status, CreatedAt = DateTime.UtcNow };
        db.Crawls.Add(crawl);
        await db.SaveChangesAsync();
        return crawl.Id;
    });

    private static string Id(long key) => Api.GraphQL.Relay.GlobalId.Encode("Crawl", key);

    [Fact]
    public async Task Each_crawl_says_whether_it_is_still_under_way()
    {
        // Ended crawls only: the queue may pick a queued or paused one up meanwhile, which the next test covers.
        var account = await app.AddAccountAsync("status_table");
        var ended = new[] { CrawlStatus.Succeeded, CrawlStatus.Incomplete, CrawlStatus.Failed, CrawlStatus.Cancelled };
        foreach (var status in ended)
        {
            var data = await app.GraphQL().DataAsync("query($id: ID!) { crawl(id: $id) { status active } }", new { id = Id(await InsertAsync(account.Id, status)) });
            Assert.False(data["crawl"]!["active"]!.GetValue<bool>(), status.ToString());
        }
        Assert.Equal([CrawlStatus.Queued, CrawlStatus.Running, CrawlStatus.PausedRateLimited, CrawlStatus.PausedActionBlocked, CrawlStatus.PausedNeedsSession, CrawlStatus.PausedUnreachable],
            Enum.GetValues<CrawlStatus>().Where(s => s.IsActive()));
    }

    [Fact]
    public async Task A_paused_crawl_is_active_and_cancelCrawl_ends_it()
    {
        var account = await app.AddAccountAsync("cancel_by_crawl");
        var id = Id(await InsertAsync(account.Id, CrawlStatus.PausedNeedsSession));
        var before = await app.GraphQL().DataAsync("query($id: ID!) { crawl(id: $id) { status active } }", new { id });
        Assert.True(before["crawl"]!["active"]!.GetValue<bool>());

        const string cancel = "mutation($id: ID!) { cancelCrawl(input: { crawlId: $id }) { crawl { id status active } errors { __typename } } }";
        var payload = (await app.GraphQL().DataAsync(cancel, new { id }))["cancelCrawl"]!;
        Assert.Equal("CANCELLED", payload["crawl"]!["status"]!.GetValue<string>());
        Assert.False(payload["crawl"]!["active"]!.GetValue<bool>());

        var again = (await app.GraphQL().DataAsync(
            "mutation($id: ID!) { cancelCrawl(input: { crawlId: $id }) { errors { __typename ... on CrawlNotCancellableError { crawl { id } scrape { id } } } } }", new { id }))["cancelCrawl"]!;
        Assert.Equal("CrawlNotCancellableError", again["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal(id, again["errors"]![0]!["crawl"]!["id"]!.GetValue<string>());
        Assert.Equal(id, again["errors"]![0]!["scrape"]!["id"]!.GetValue<string>());

        var unknown = (await app.GraphQL().DataAsync(cancel, new { id = Id(987_654) }))["cancelCrawl"]!;
        Assert.Equal("CrawlNotFoundError", unknown["errors"]![0]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task StartCrawl_and_startScrape_check_their_input_alike()
    {
        const string start = "mutation($input: StartCrawlInput!) { startCrawl(input: $input) { crawl { id } errors { __typename ... on Error { message } } } }";
        var badHandle = (await app.GraphQL().DataAsync(start, new { input = new { target = "https://www.instagram.com/p/abc/" } }))["startCrawl"]!;
        Assert.Null(badHandle["crawl"]);
        Assert.Equal("InvalidHandleError", badHandle["errors"]![0]!["__typename"]!.GetValue<string>());

        var noList = (await app.GraphQL().DataAsync(start, new { input = new { target = "no_lists", followers = false, following = false } }))["startCrawl"]!;
        Assert.Equal("NoListChosenError", noList["errors"]![0]!["__typename"]!.GetValue<string>());

        const string former = "mutation($input: StartScrapeInput!) { startScrape(input: $input) { scrape { id } errors { __typename } } }";
        var formerBadHandle = (await app.GraphQL().DataAsync(former, new { input = new { target = "https://www.instagram.com/p/abc/" } }))["startScrape"]!;
        Assert.Null(formerBadHandle["scrape"]);
        Assert.Equal("InvalidHandleError", formerBadHandle["errors"]![0]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_ID_handed_out_under_the_former_type_name_still_finds_its_crawl_and_cancelScrape_takes_it()
    {
        var account = await app.AddAccountAsync("former_id");
        var key = await InsertAsync(account.Id, CrawlStatus.PausedNeedsSession);
        var formerId = Api.GraphQL.Relay.GlobalId.Encode("Scrape", key);
        var found = await app.GraphQL().DataAsync("query($id: ID!) { crawl(id: $id) { id } node(id: $id) { id } }", new { id = formerId });
        Assert.Equal(Id(key), found["crawl"]!["id"]!.GetValue<string>());
        Assert.Equal(Id(key), found["node"]!["id"]!.GetValue<string>());

        var cancelled = (await app.GraphQL().DataAsync(
            "mutation($id: ID!) { cancelScrape(input: { scrapeId: $id }) { scrape { status } errors { __typename } } }", new { id = formerId }))["cancelScrape"]!;
        Assert.Equal("CANCELLED", cancelled["scrape"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_former_scrape_names_answer_what_the_crawl_names_do()
    {
        var account = await app.AddAccountAsync("both_names");
        var crawled = await app.CrawlAsync(account.Id, Range(9101, 9103));
        var id = Id(crawled.Id);

        var data = await app.GraphQL().DataAsync("""
            query($id: ID!) {
              crawl(id: $id) { id status } scrape(id: $id) { id status } node(id: $id) { ... on Crawl { id } }
              account(username: "both_names") {
                lastCrawledAt lastScrapedAt crawls { totalCount } scrapes { totalCount }
                timeline { crawlId scrapeId }
              }
              scrapes(where: { status: { eq: SUCCEEDED } }) { nodes { id } }
            }
            """, new { id });
        Assert.Equal(data["crawl"]!.ToJsonString(), data["scrape"]!.ToJsonString());
        Assert.Equal(id, data["node"]!["id"]!.GetValue<string>());
        var accountData = data["account"]!;
        Assert.NotNull(accountData["lastCrawledAt"]);
        Assert.Equal(accountData["lastCrawledAt"]!.ToJsonString(), accountData["lastScrapedAt"]!.ToJsonString());
        Assert.Equal(1, accountData["crawls"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(1, accountData["scrapes"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(id, accountData["timeline"]![0]!["crawlId"]!.GetValue<string>());
        Assert.Equal(id, accountData["timeline"]![0]!["scrapeId"]!.GetValue<string>());
        Assert.Contains(id, GraphQLClient.Strings(data["scrapes"]!["nodes"], "id"));
    }

    [Fact]
    public async Task CrawlProgress_streams_status_and_active_and_scrapeProgress_the_same_under_its_former_names()
    {
        var account = await app.AddAccountAsync("progress_names");
        var id = Id((await app.CrawlAsync(account.Id, Range(9201, 9202))).Id);
        using var socket = await GraphQLSocket.ConnectAsync(app.CreateClient().BaseAddress!);
        await GraphQLSocket.SendAsync(socket, """{"type":"connection_init"}""");
        Assert.Equal("connection_ack", (await GraphQLSocket.NextAsync(socket))!["type"]!.GetValue<string>());
        var subscribe = new JsonObject
        {
            ["type"] = "subscribe",
            ["id"] = "p",
            ["payload"] = new JsonObject
            {
                ["query"] = "subscription($id: ID!) { crawlProgress(crawlId: $id) { crawlId status active fetched } }",
                ["variables"] = new JsonObject { ["id"] = id },
            },
        };
        await GraphQLSocket.SendAsync(socket, subscribe.ToJsonString());
        var next = await GraphQLSocket.NextAsync(socket);
        Assert.Equal($$"""{"crawlId":"{{id}}","status":"SUCCEEDED","active":false,"fetched":2}""",
            next!["payload"]!["data"]!["crawlProgress"]!.ToJsonString());
        Assert.Equal("complete", (await GraphQLSocket.NextAsync(socket))!["type"]!.GetValue<string>());

        subscribe["id"] = "former";
        subscribe["payload"]!["query"] = "subscription($id: ID!) { scrapeProgress(scrapeId: $id) { scrapeId state active fetched } }";
        await GraphQLSocket.SendAsync(socket, subscribe.ToJsonString());
        var former = await GraphQLSocket.NextAsync(socket);
        Assert.Equal($$"""{"scrapeId":"{{id}}","state":"SUCCEEDED","active":false,"fetched":2}""",
            former!["payload"]!["data"]!["scrapeProgress"]!.ToJsonString());
    }

    [Fact]
    public async Task The_pacing_in_effect_is_served()
    {
        var pacing = (await app.GraphQL().DataAsync("{ instagramPacing { requestsPerMinute requestsPerHour jitterSeconds } }"))["instagramPacing"]!;
        Assert.Equal(6, pacing["requestsPerMinute"]!.GetValue<int>());
        Assert.Equal(390, pacing["requestsPerHour"]!.GetValue<int>());
        Assert.Equal(2.0, pacing["jitterSeconds"]!.GetValue<double>());

        using var paced = AppFactory.With(new() { ["Instagram:Pacing:RequestsPerMinute"] = "3" });
        var configured = (await paced.GraphQL().DataAsync("{ instagramPacing { requestsPerMinute } }"))["instagramPacing"]!;
        Assert.Equal(3, configured["requestsPerMinute"]!.GetValue<int>());
    }
}
