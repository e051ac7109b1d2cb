using System.Globalization;
using System.Text.Json.Nodes;
using InstaIntel.Api.Jobs;
using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace InstaIntel.Tests.Jobs;

/// <summary>Runs on SQLite and on PostgreSQL (Quartz's store in the app's database on each).</summary>
public sealed class JobTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private const string JobsQuery = "{ jobs { name schedule timeZone nextRunAt lastRunAt } }";

    private static DateTimeOffset Utc(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static DateTimeOffset? Time(JsonNode? value) => value is null ? null : Utc(value.GetValue<string>());

    private static async Task<JsonNode> JobAsync(AppFactory app, string name) =>
        (await app.GraphQL().DataAsync(JobsQuery))["jobs"]!.AsArray().Single(j => j!["name"]!.GetValue<string>() == name)!;

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            value = await read();
        }
        return value;
    }

    private static string NewDataFolder() => Path.Combine(Path.GetTempPath(), "instaintel-tests", Guid.NewGuid().ToString("N"));

    private static void DeleteDataFolder(string folder)
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "America/New_York", "2026-11-25T07:00:00Z", "2026-11-26T07:00:00Z")]
    [InlineData(DatabaseProvider.Sqlite, "Asia/Kolkata", "2026-11-25T20:30:00Z", "2026-11-26T20:30:00Z")]
    [InlineData(DatabaseProvider.PostgreSql, "Asia/Kolkata", "2026-11-25T20:30:00Z", "2026-11-26T20:30:00Z")]
    public async Task The_daily_refresh_fires_at_two_in_the_configured_zone(DatabaseProvider provider, string zone, string twoAm, string nextTwoAm)
    {
        var clock = new ShiftedClock(Utc(twoAm).AddMinutes(-10));
        using var app = await Databases.AppAsync(provider, postgres, new() { ["Jobs:TimeZone"] = zone, ["Quartz:Scheduler:IdleWaitTime"] = "00:00:01" }, clock);

        var before = await JobAsync(app, RefreshService.JobName);
        Assert.Equal(("0 0 2 * * ?", zone), (before["schedule"]!.GetValue<string>(), before["timeZone"]!.GetValue<string>()));
        Assert.Equal(Utc(twoAm), Time(before["nextRunAt"]));
        Assert.Null(before["lastRunAt"]);
        clock.Set(Utc(twoAm).AddSeconds(-2)); // once started, however long that took

        // Quartz records the run before it moves the trigger on: wait for both.
        var after = await EventuallyAsync(() => JobAsync(app, RefreshService.JobName), j => j["lastRunAt"] is not null && Time(j["nextRunAt"]) != Utc(twoAm));
        var ranAt = Time(after["lastRunAt"])!.Value;
        Assert.InRange(ranAt, Utc(twoAm), Utc(twoAm).AddSeconds(20));
        Assert.Equal(Utc(nextTwoAm), Time(after["nextRunAt"]));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_refresh_missed_for_three_days_runs_once_when_the_app_comes_back(DatabaseProvider provider)
    {
        var folder = NewDataFolder();
        var settings = await Databases.SettingsAsync(provider, postgres, new() { ["Jobs:TimeZone"] = "America/New_York" });
        long accountId;
        using (var before = AppFactory.With(settings, folder, new ShiftedClock(Utc("2026-11-20T12:00:00Z"))))
        {
            before.KeepDataFolder = true;
            accountId = (await before.AddAccountAsync("missed_bookmark")).Id;
            await before.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().Accounts.Where(a => a.Id == accountId)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.Bookmarked, true)));
            Assert.Equal(Utc("2026-11-21T07:00:00Z"), Time((await JobAsync(before, RefreshService.JobName))["nextRunAt"]));
        }

        try
        {
            // Down over three 02:00s (the 21st, 22nd and 23rd, New York time); back at 07:00 New York on the 23rd.
            var back = Utc("2026-11-23T12:00:00Z");
            using var after = AppFactory.With(settings, folder, new ShiftedClock(back));
            after.KeepDataFolder = true;
            var crawls = await EventuallyAsync(() => after.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().Crawls.CountAsync(s => s.AccountId == accountId)), n => n > 0);
            Assert.Equal(1, crawls);

            // The run is recorded after it has queued its crawls.
            var job = await EventuallyAsync(() => JobAsync(after, RefreshService.JobName), j => j["lastRunAt"] is not null);
            Assert.Equal(Utc("2026-11-24T07:00:00Z"), Time(job["nextRunAt"]));
            Assert.InRange(Time(job["lastRunAt"])!.Value, back, back.AddSeconds(30));
            // Fired once on the way back, not at each missed 02:00 (catching up would leave the 23rd's 07:00Z as its last).
            var scheduler = await after.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            var trigger = await scheduler.GetTrigger(new TriggerKey(RefreshService.JobName));
            Assert.InRange(trigger!.PreviousFireTimeUtc!.Value, back, back.AddSeconds(30));
            await Schedulers.IdleAsync(scheduler);
            Assert.Equal(1, await after.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().Crawls.CountAsync(s => s.AccountId == accountId)));
        }
        finally
        {
            DeleteDataFolder(folder);
        }
    }

    private static async Task<List<(string Job, string Cron, string Zone, long NextFire)>> StoredTriggersAsync(string folder)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseSetup.DatabasePath(folder)};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT t.JOB_NAME, c.CRON_EXPRESSION, c.TIME_ZONE_ID, t.NEXT_FIRE_TIME
            FROM QRTZ_TRIGGERS t JOIN QRTZ_CRON_TRIGGERS c USING (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
            JOIN QRTZ_JOB_DETAILS j USING (SCHED_NAME, JOB_NAME, JOB_GROUP)
            WHERE t.SCHED_NAME = 'InstaIntel' AND j.IS_DURABLE = 1 ORDER BY t.JOB_NAME
            """;
        var rows = new List<(string, string, string, long)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
        return rows;
    }

    [Fact]
    public async Task Schedules_are_rows_in_the_quartz_tables_that_survive_a_restart_and_follow_the_settings()
    {
        var folder = NewDataFolder();
        // On SQLite in every run: the stored triggers are read from the SQLite file.
        var settings = new Dictionary<string, string> { ["Jobs:TimeZone"] = "Europe/Paris", ["Backups:Interval"] = "1.00:00:00", ["Database:Provider"] = "Sqlite" };
        try
        {
            using (var first = AppFactory.With(settings, folder)) first.KeepDataFolder = true;
            var stored = await StoredTriggersAsync(folder);
            Assert.Equal([("daily-backup", "0 0 3 * * ?", "Europe/Paris"), ("daily-counts", "0 0 1 * * ?", "Europe/Paris"), ("daily-refresh", "0 0 2 * * ?", "Europe/Paris")],
                stored.Select(r => (r.Job, r.Cron, r.Zone)));

            using (var restarted = AppFactory.With(settings, folder))
            {
                restarted.KeepDataFolder = true;
                Assert.Equal(3, (await restarted.GraphQL().DataAsync(JobsQuery))["jobs"]!.AsArray().Count);
            }
            Assert.Equal(stored, await StoredTriggersAsync(folder)); // kept as stored, not scheduled afresh

            var changed = new Dictionary<string, string>(settings) { ["Jobs:DailyRefreshAt"] = "04:30", ["Backups:Interval"] = "0" };
            using (var reconfigured = AppFactory.With(changed, folder))
            {
                reconfigured.KeepDataFolder = true;
                var jobs = (await reconfigured.GraphQL().DataAsync(JobsQuery))["jobs"]!.AsArray();
                Assert.Equal(["daily-refresh", "daily-counts"], GraphQLClient.Strings(jobs, "name"));
            }
            Assert.Equal([("daily-counts", "0 0 1 * * ?", "Europe/Paris"), ("daily-refresh", "0 30 4 * * ?", "Europe/Paris")], (await StoredTriggersAsync(folder)).Select(r => (r.Job, r.Cron, r.Zone)));
        }
        finally
        {
            DeleteDataFolder(folder);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_api_role_reads_the_stored_schedule_but_never_fires_it(DatabaseProvider provider)
    {
        var folder = NewDataFolder();
        var settings = await Databases.SettingsAsync(provider, postgres, new() { ["Jobs:TimeZone"] = "America/New_York" });
        try
        {
            using (var all = AppFactory.With(settings, folder, new ShiftedClock(Utc("2026-11-20T12:00:00Z")))) all.KeepDataFolder = true;

            // Three days on, the stored refresh is overdue: a worker would fire it at once; the API role must not.
            using var api = AppFactory.With(new(settings) { ["role"] = "api" }, folder, new ShiftedClock(Utc("2026-11-23T12:00:00Z")));
            api.KeepDataFolder = true;
            // Nothing in the API role starts its scheduler, so nothing can fire.
            Assert.DoesNotContain(api.Services.GetServices<IHostedService>(), s => s is QuartzHostedService);
            var job = await JobAsync(api, RefreshService.JobName);
            Assert.Equal(Utc("2026-11-21T07:00:00Z"), Time(job["nextRunAt"]));
            Assert.Null(job["lastRunAt"]);
        }
        finally
        {
            DeleteDataFolder(folder);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Refresh_now_queues_bookmarked_accounts_not_crawled_in_the_last_20_hours(DatabaseProvider provider)
    {
        using var app = await Databases.AppAsync(provider, postgres);
        var stale = await app.AddAccountAsync("stale_bookmark");
        var fresh = await app.AddAccountAsync("fresh_bookmark");
        await app.AddAccountAsync("not_bookmarked");
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<InstaIntelDb>();
            await db.Accounts.Where(a => a.Id == stale.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.Bookmarked, true).SetProperty(a => a.LastCrawledAt, DateTime.UtcNow.AddDays(-2)));
            return await db.Accounts.Where(a => a.Id == fresh.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.Bookmarked, true).SetProperty(a => a.LastCrawledAt, DateTime.UtcNow.AddHours(-3)));
        });

        var data = await app.GraphQL().DataAsync("mutation { runRefreshNow { crawls { target lists } } }");
        Assert.Equal("""[{"target":"stale_bookmark","lists":"BOTH"}]""", data["runRefreshNow"]!["crawls"]!.ToJsonString());

        var job = await JobAsync(app, RefreshService.JobName);
        Assert.Equal("0 0 2 * * ?", job["schedule"]!.GetValue<string>());
        Assert.True(Time(job["nextRunAt"]) > DateTimeOffset.UtcNow);
        Assert.InRange(Time(job["lastRunAt"])!.Value, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow);
    }
}
