using InstaIntel.Api.Jobs;
using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Jobs;

public sealed class JobTests
{
    [Theory]
    [InlineData("America/New_York", "2026-11-25T12:00:00Z", "2026-11-26T07:00:00Z")]
    [InlineData("Europe/Paris", "2026-11-25T12:00:00Z", "2026-11-26T01:00:00Z")]
    [InlineData("Europe/Paris", "2026-07-01T00:30:00Z", "2026-07-02T00:00:00Z")]
    [InlineData("Asia/Kolkata", "2026-11-25T20:00:00Z", "2026-11-25T20:30:00Z")]
    public void The_daily_refresh_runs_at_two_in_the_configured_zone(string zone, string after, string expected)
    {
        var next = JobScheduling.NextRun(new JobOptions { TimeZone = zone }, DateTimeOffset.Parse(after));
        Assert.Equal(DateTimeOffset.Parse(expected), next);
    }

    [Theory]
    [InlineData(null, "2026-11-25T12:00:00Z", false)]
    [InlineData("2026-11-25T07:00:05Z", "2026-11-25T12:00:00Z", false)]
    [InlineData("2026-11-24T07:00:05Z", "2026-11-25T12:00:00Z", true)]
    [InlineData("2026-11-20T07:00:05Z", "2026-11-25T12:00:00Z", true)]
    [InlineData("2026-11-25T06:59:00Z", "2026-11-25T07:00:30Z", true)]
    public void A_run_is_missed_when_a_scheduled_time_passed_since_the_last(string? lastRun, string now, bool missed)
    {
        var options = new JobOptions { TimeZone = "America/New_York" };
        DateTime? last = lastRun is null ? null : DateTimeOffset.Parse(lastRun).UtcDateTime;
        Assert.Equal(missed, JobScheduling.Missed(options, last, DateTimeOffset.Parse(now)));
    }

    [Fact]
    public async Task Refresh_now_queues_bookmarked_accounts_not_crawled_in_the_last_20_hours()
    {
        using var app = new AppFactory();
        var stale = await app.AddAccountAsync("stale_bookmark");
        var fresh = await app.AddAccountAsync("fresh_bookmark");
        await app.AddAccountAsync("not_bookmarked");
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<InstaIntelDb>();
            await db.Accounts.Where(a => a.Id == stale.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.Bookmarked, true).SetProperty(a => a.LastScrapedAt, DateTime.UtcNow.AddDays(-2)));
            return await db.Accounts.Where(a => a.Id == fresh.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.Bookmarked, true).SetProperty(a => a.LastScrapedAt, DateTime.UtcNow.AddHours(-3)));
        });

        var data = await app.GraphQL().DataAsync("mutation { runRefreshNow { scrapes { target lists } } }");
        Assert.Equal("""[{"target":"stale_bookmark","lists":"BOTH"}]""", data["runRefreshNow"]!["scrapes"]!.ToJsonString());

        var jobs = await app.GraphQL().DataAsync("{ jobs { name schedule nextRunAt lastRunAt } }");
        var job = jobs["jobs"]![0]!;
        Assert.Equal(("daily-refresh", "0 0 2 * * ?"), (job["name"]!.GetValue<string>(), job["schedule"]!.GetValue<string>()));
        Assert.True(DateTime.Parse(job["nextRunAt"]!.GetValue<string>()).ToUniversalTime() > DateTime.UtcNow);
        Assert.NotNull(job["lastRunAt"]);
    }

    [Fact]
    public async Task Refreshes_missed_while_the_app_was_down_run_once_on_start()
    {
        var folder = Path.Combine(Path.GetTempPath(), "instaintel-tests", Guid.NewGuid().ToString("N"));
        long accountId;
        using (var before = AppFactory.With([], folder))
        {
            before.KeepDataFolder = true;
            accountId = (await before.AddAccountAsync("missed_bookmark")).Id;
            await before.WithScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<InstaIntelDb>();
                await db.Accounts.Where(a => a.Id == accountId).ExecuteUpdateAsync(u => u.SetProperty(a => a.Bookmarked, true));
                db.JobRuns.Add(new JobRun { Name = RefreshService.JobName, LastRunAt = DateTime.UtcNow.AddDays(-3) });
                return await db.SaveChangesAsync();
            });
        }

        using var after = AppFactory.With([], folder);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        int crawls;
        do
        {
            await Task.Delay(200);
            crawls = await after.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().Scrapes.CountAsync(s => s.AccountId == accountId));
        } while (crawls == 0 && DateTime.UtcNow < deadline);
        await Task.Delay(1_000); // would a second missed day fire too?

        Assert.Equal(1, await after.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().Scrapes.CountAsync(s => s.AccountId == accountId)));
        var lastRun = await after.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().JobRuns.SingleAsync());
        Assert.True(lastRun.LastRunAt > DateTime.UtcNow.AddMinutes(-1));
    }
}
