using System.Globalization;
using InstaIntel.Api.Jobs;
using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace InstaIntel.Tests.Workers;

public sealed class QuartzClusterTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static DateTimeOffset Utc(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    [Fact]
    public async Task The_daily_refresh_fires_once_across_two_instances_sharing_one_postgresql()
    {
        var twoAm = Utc("2026-11-25T07:00:00Z"); // 02:00 in New York
        var settings = await Databases.SettingsAsync(DatabaseProvider.PostgreSql, postgres,
            new() { ["Jobs:TimeZone"] = "America/New_York", ["Quartz:Scheduler:IdleWaitTime"] = "00:00:01" });
        var clock = new ShiftedClock(twoAm.AddMinutes(-10)); // one calendar for both, as machines kept in time
        using var first = AppFactory.With(new(settings) { ["Workers:Name"] = "node-a" }, clock: clock);
        using var second = AppFactory.With(new(settings) { ["Workers:Name"] = "node-b" }, clock: clock);
        var schedulers = new[]
        {
            await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(),
            await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(),
        };
        var metadata = await Task.WhenAll(schedulers.Select(s => s.GetMetadata().AsTask()));
        Assert.All(metadata, m => Assert.True(m.JobStoreClustered));
        Assert.NotEqual(metadata[0].SchedulerInstanceId, metadata[1].SchedulerInstanceId);
        Assert.All(metadata, m => Assert.Equal(JobsSetup.SchedulerName, m.SchedulerName));

        clock.Set(twoAm.AddSeconds(-2));
        var deadline = DateTime.UtcNow.AddSeconds(40);
        while (await ExecutedAsync(schedulers) == 0 && DateTime.UtcNow < deadline) await Task.Delay(200);
        await Schedulers.IdleAsync(schedulers); // and the one schedule has moved on to tomorrow (below): no second firing can come

        Assert.Equal(1, await ExecutedAsync(schedulers));
        var run = await first.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().JobRuns.AsNoTracking().SingleAsync(r => r.Name == RefreshService.JobName));
        Assert.InRange(run.LastRunAt, twoAm.UtcDateTime, twoAm.UtcDateTime.AddSeconds(20));
        var trigger = await schedulers[1].GetTrigger(new TriggerKey(RefreshService.JobName));
        Assert.Equal(twoAm.AddDays(1), trigger!.NextFireTimeUtc); // both see the one schedule, moved on once
    }

    private static async Task<int> ExecutedAsync(IEnumerable<IScheduler> schedulers) =>
        (await Task.WhenAll(schedulers.Select(s => s.GetMetadata().AsTask()))).Sum(m => m.JobsExecuted);
}
