using System.Text.Json.Nodes;
using InstaIntel.Api.Alerts;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Alerts;

/// <summary>Crawls and session changes going through the outbox to the channels, with the worker running in the app.</summary>
[Trait("Database", "RunDefault")]
public sealed class OutboxTests
{
    [Fact]
    public async Task Lost_followers_are_named_in_one_message_per_enabled_channel_and_in_the_bell()
    {
        await using var receiver = await HttpReceiver.StartAsync();
        using var app = AppFactory.With(AlertApi.QuickDelivery());
        var api = app.GraphQL();
        await AlertApi.AddChannelAsync(api, new { name = "ntfy", kind = "NTFY", url = receiver.Url + "/ntfy" });
        await AlertApi.AddChannelAsync(api, new { name = "hook", kind = "WEBHOOK", url = receiver.Url + "/hook" });
        await AlertApi.AddChannelAsync(api, new { name = "off", kind = "NTFY", url = receiver.Url + "/off", enabled = false });
        var account = await app.AddAccountAsync("tracked");

        await AlertApi.CrawlAsync(app, account.Id, People.Range(1, 100)); // the baseline: nobody is lost, nothing is sent
        await AlertApi.CrawlAsync(app, account.Id, People.Range(4, 100)); // users 1–3 left (−3%, under the 5% default)

        var requests = await receiver.WaitForAsync(2);
        await AlertApi.SettledAsync(app);
        Assert.Equal(["/hook", "/ntfy"], receiver.Requests.Select(r => r.PathAndQuery).Order());
        var ntfy = requests.Single(r => r.PathAndQuery == "/ntfy");
        Assert.Equal("@tracked: 3 unfollowed", ntfy.Headers["Title"]);
        Assert.Equal("Unfollowed @tracked: @user_0001, @user_0002, @user_0003.", ntfy.Body);
        Assert.Equal(AlertApi.BaseUrl + "/accounts/view/?u=tracked&tab=history", ntfy.Headers["Click"]);
        var hook = JsonNode.Parse(requests.Single(r => r.PathAndQuery == "/hook").Body)!;
        Assert.Equal("crawl_ended", hook["event"]!.GetValue<string>());
        Assert.Equal("tracked", hook["account"]!.GetValue<string>());

        var bell = await api.DataAsync("{ unreadNotificationCount notifications { id title read link } }");
        Assert.Equal(1, bell["unreadNotificationCount"]!.GetValue<int>());
        var note = Assert.Single(bell["notifications"]!.AsArray())!;
        Assert.Equal("@tracked: 3 unfollowed", note["title"]!.GetValue<string>());
        var read = await api.DataAsync("mutation($id: ID!) { markNotificationsRead(input: { ids: [$id] }) { unreadCount } }", new { id = note["id"]!.GetValue<string>() });
        Assert.Equal(0, read["markNotificationsRead"]!["unreadCount"]!.GetValue<int>());
        var log = await AlertApi.DeliveriesAsync(api);
        Assert.Equal(["SENT", "SENT"], log.Select(d => d!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Many_lost_followers_are_capped_with_and_n_more_and_the_count_change_is_reported_over_its_threshold()
    {
        await using var receiver = await HttpReceiver.StartAsync();
        using var app = AppFactory.With(AlertApi.QuickDelivery());
        var api = app.GraphQL();
        await AlertApi.AddChannelAsync(api, new { name = "ntfy", kind = "NTFY", url = receiver.Url + "/ntfy" });
        var account = await app.AddAccountAsync("tracked");

        await AlertApi.CrawlAsync(app, account.Id, People.Range(1, 100));
        await AlertApi.CrawlAsync(app, account.Id, People.Range(16, 100));

        var message = Assert.Single(await receiver.WaitForAsync(1));
        Assert.Equal("@tracked: 15 unfollowed, followers -15%", message.Headers["Title"]);
        Assert.Equal("""
            Unfollowed @tracked: @user_0001, @user_0002, @user_0003, @user_0004, @user_0005, @user_0006, @user_0007, @user_0008, @user_0009, @user_0010 and 5 more.
            Followers: 100 → 85 (-15% since the last crawl).
            """.ReplaceLineEndings("\n"), message.Body);
    }

    [Fact]
    public async Task Account_rules_decide_what_is_sent_new_followers_over_a_threshold_and_unfollows_turned_off()
    {
        await using var receiver = await HttpReceiver.StartAsync();
        using var app = AppFactory.With(AlertApi.QuickDelivery());
        var api = app.GraphQL();
        await AlertApi.AddChannelAsync(api, new { name = "ntfy", kind = "NTFY", url = receiver.Url + "/ntfy" });
        var account = await app.AddAccountAsync("tracked");
        var accountId = (await api.DataAsync("""{ account(username: "tracked") { id } }"""))["account"]!["id"]!.GetValue<string>();
        var set = await api.DataAsync("""
            mutation($id: ID!) { setAlertRules(input: { accountId: $id, unfollows: false, newFollowersAtLeast: 3, followerChangePercent: null, crawlProblems: true }) {
              rules { unfollows newFollowersAtLeast account { username } } errors { __typename } } }
            """, new { id = accountId });
        Assert.Equal("tracked", set["setAlertRules"]!["rules"]!["account"]!["username"]!.GetValue<string>());

        await AlertApi.CrawlAsync(app, account.Id, People.Range(1, 100));
        await AlertApi.CrawlAsync(app, account.Id, People.Range(3, 101)); // 2 lost (off), 1 new (under 3)
        await AlertApi.CrawlAsync(app, account.Id, People.Range(3, 105)); // 4 new

        var message = Assert.Single(await receiver.WaitForAsync(1));
        await AlertApi.SettledAsync(app);
        Assert.Single(receiver.Requests);
        Assert.Equal("@tracked: 4 new followers", message.Headers["Title"]);

        var refused = await api.DataAsync("""
            mutation { setAlertRules(input: { unfollows: true, newFollowersAtLeast: 0, crawlProblems: true }) { rules { unfollows } errors { ... on InvalidAlertRuleError { field message } } } }
            """);
        Assert.Equal("newFollowersAtLeast", refused["setAlertRules"]!["errors"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_failing_channel_is_retried_then_marked_failed_without_holding_up_the_others()
    {
        await using var down = await HttpReceiver.StartAsync();
        await using var up = await HttpReceiver.StartAsync();
        down.Failing = true;
        using var app = AppFactory.With(AlertApi.QuickDelivery());
        var api = app.GraphQL();
        await AlertApi.AddChannelAsync(api, new { name = "down", kind = "WEBHOOK", url = down.Url + "/hook" });
        await AlertApi.AddChannelAsync(api, new { name = "up", kind = "NTFY", url = up.Url + "/ntfy" });
        var account = await app.AddAccountAsync("tracked");

        await AlertApi.CrawlAsync(app, account.Id, People.Range(1, 100));
        await AlertApi.CrawlAsync(app, account.Id, People.Range(2, 100));

        await up.WaitForAsync(1);
        await down.WaitForAsync(3);
        var log = await AlertApi.EventuallyAsync(() => AlertApi.DeliveriesAsync(api), l => l.All(d => d!["status"]!.GetValue<string>() is "SENT" or "FAILED"));
        var failed = log.Single(d => d!["channel"]!["name"]!.GetValue<string>() == "down")!;
        Assert.Equal("FAILED", failed["status"]!.GetValue<string>());
        Assert.Equal(3, failed["attempts"]!.GetValue<int>());
        Assert.Equal("The webhook server answered 503 Service Unavailable.", failed["lastError"]!.GetValue<string>());
        Assert.Equal("SENT", log.Single(d => d!["channel"]!["name"]!.GetValue<string>() == "up")!["status"]!.GetValue<string>());
        // A later alert goes through the worker again: the failed one is not tried again with it.
        await AlertApi.CrawlAsync(app, account.Id, People.Range(3, 100));
        await up.WaitForAsync(2);
        await AlertApi.SettledAsync(app);
        Assert.Equal(3, down.Requests.Count(r => r.Body.Contains("user_0001")));
    }

    [Fact]
    public async Task A_failed_crawl_and_a_session_that_expires_alert_once_each()
    {
        await using var receiver = await HttpReceiver.StartAsync();
        using var app = AppFactory.With(AlertApi.QuickDelivery());
        var api = app.GraphQL();
        await AlertApi.AddChannelAsync(api, new { name = "ntfy", kind = "NTFY", url = receiver.Url + "/ntfy" });
        var account = await app.AddAccountAsync("tracked");

        await app.WithScopeAsync(async sp =>
        {
            var crawls = sp.GetRequiredService<CrawlService>();
            var crawl = await crawls.QueueAsync(account.Id, CrawlLists.Followers, CancellationToken.None);
            return await crawls.StopAsync(crawl.Id, CrawlStatus.Failed, "The account tracked is private and no connected session follows it.", CancellationToken.None);
        });
        var pool = app.Services.GetRequiredService<SessionPool>();
        await pool.ReportAsync("session-a", new SessionExpiredException(), CancellationToken.None);
        await pool.ReportAsync("session-a", new SessionExpiredException(), CancellationToken.None); // the next crawl meets it too: no second alert

        var requests = await receiver.WaitForAsync(2);
        await AlertApi.SettledAsync(app);
        Assert.Equal(2, receiver.Requests.Count);
        var failed = requests.Single(r => r.Headers["Title"].StartsWith("Crawl"));
        Assert.Equal("Crawl of @tracked failed", failed.Headers["Title"]);
        Assert.Equal("The account tracked is private and no connected session follows it.", failed.Body);
        var session = requests.Single(r => r.Headers["Title"] == "Instagram session needs attention");
        Assert.StartsWith("The Instagram session session-a is expired or logged out:", session.Body);
        Assert.Equal(AlertApi.BaseUrl + "/settings/", session.Headers["Click"]);
    }

    [Fact]
    public async Task A_digest_channel_gets_the_days_alerts_in_one_message_once()
    {
        await using var receiver = await HttpReceiver.StartAsync();
        var settings = AlertApi.QuickDelivery();
        settings["Alerts:Deliver"] = "false"; // the test runs the dispatcher's steps itself
        using var app = AppFactory.With(settings);
        var api = app.GraphQL();
        await AlertApi.AddChannelAsync(api, new { name = "digest", kind = "NTFY", url = receiver.Url + "/digest", mode = "DAILY_DIGEST" });
        await AlertApi.AddChannelAsync(api, new { name = "now", kind = "NTFY", url = receiver.Url + "/now" });
        var first = await app.AddAccountAsync("first");
        var second = await app.AddAccountAsync("second");
        foreach (var account in new[] { first, second })
        {
            await AlertApi.CrawlAsync(app, account.Id, People.Range(1, 100));
            await AlertApi.CrawlAsync(app, account.Id, People.Range(2, 100));
        }
        var dispatcher = app.Services.GetRequiredService<AlertDispatcher>();

        await dispatcher.QueueNewEventsAsync(CancellationToken.None);
        await dispatcher.SendDueAsync(CancellationToken.None);
        Assert.Equal(["/now", "/now"], receiver.Requests.Select(r => r.PathAndQuery));
        var held = await AlertApi.DeliveriesAsync(api);
        Assert.Equal(2, held.Count(d => d!["status"]!.GetValue<string>() == "HELD"));

        var day = DateTime.UtcNow.Date;
        await dispatcher.GroupDigestsAsync(day.AddHours(7), CancellationToken.None); // before the digest hour (8 UTC): nothing yet
        await dispatcher.SendDueAsync(CancellationToken.None);
        Assert.Equal(2, receiver.Requests.Count);
        await dispatcher.GroupDigestsAsync(day.AddHours(9), CancellationToken.None);
        await dispatcher.GroupDigestsAsync(day.AddHours(10), CancellationToken.None); // the day's digest is made once
        await dispatcher.SendDueAsync(CancellationToken.None);

        var digest = Assert.Single(receiver.Requests, r => r.PathAndQuery == "/digest");
        Assert.Equal("InstaIntel daily digest: 2 alerts", digest.Headers["Title"]);
        Assert.Contains("@first: 1 unfollowed", digest.Body);
        Assert.Contains("@second: 1 unfollowed", digest.Body);
        var log = await AlertApi.DeliveriesAsync(api);
        Assert.Equal(2, log.Count(d => d!["status"]!.GetValue<string>() == "DIGESTED"));
        Assert.True(log.Single(d => d!["isDigest"]!.GetValue<bool>())!["status"]!.GetValue<string>() == "SENT");
    }

    [Fact]
    public async Task Queuing_an_event_twice_never_queues_a_second_delivery()
    {
        var settings = AlertApi.QuickDelivery();
        settings["Alerts:Deliver"] = "false";
        using var app = AppFactory.With(settings);
        await AlertApi.AddChannelAsync(app.GraphQL(), new { name = "ntfy", kind = "NTFY", url = "http://127.0.0.1:9/t" });
        var account = await app.AddAccountAsync("tracked");
        await AlertApi.CrawlAsync(app, account.Id, People.Range(1, 10));
        await AlertApi.CrawlAsync(app, account.Id, People.Range(2, 10));
        var dispatcher = app.Services.GetRequiredService<AlertDispatcher>();
        await dispatcher.QueueNewEventsAsync(CancellationToken.None);
        // As if the process died after queuing but before marking the event processed.
        await app.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().AlertOutbox.ExecuteUpdateAsync(u => u.SetProperty(e => e.ProcessedAt, (DateTime?)null)));

        await dispatcher.QueueNewEventsAsync(CancellationToken.None);

        var keys = await app.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().AlertDeliveries.Select(d => d.IdempotencyKey).ToListAsync());
        Assert.Single(keys);
    }
}
