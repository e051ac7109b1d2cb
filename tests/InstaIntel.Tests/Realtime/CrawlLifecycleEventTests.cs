using System.Collections.Concurrent;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Realtime;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Realtime;

/// <summary>Every state change of a crawl goes through CrawlService, and each one publishes its event with it.</summary>
[Trait("Database", "RunDefault")]
public sealed class CrawlLifecycleEventTests
{
    [Fact]
    public async Task Each_state_change_publishes_its_event_and_cancel_reports_what_it_found()
    {
        using var app = AppFactory.With(new() { ["Instagram:ResumeCheckEvery"] = "01:00:00" });
        var account = await app.AddAccountAsync("lifecycle_events");
        var events = new ConcurrentQueue<CrawlEvent>();
        using var listening = app.Services.GetRequiredService<IEventBus>().Observe<CrawlEvent>(Topics.Crawls)
            .Subscribe(new Collector(events));

        var (crawlId, cancelled, again, missing) = await app.WithScopeAsync(async sp =>
        {
            var crawls = sp.GetRequiredService<CrawlService>();
            var crawl = await crawls.QueueAsync(account.Id, CrawlLists.Followers, CancellationToken.None);
            await crawls.MarkRunningAsync(crawl.Id, CancellationToken.None);
            await crawls.PauseAsync(crawl.Id, CrawlStatus.PausedNeedsSession, null, "No session works.", CancellationToken.None);
            var cancelled = await crawls.CancelAsync(crawl.Id, CancellationToken.None);
            var again = await crawls.CancelAsync(crawl.Id, CancellationToken.None);
            var missing = await crawls.CancelAsync(crawl.Id + 1_000, CancellationToken.None);
            return (crawl.Id, cancelled, again, missing);
        });

        Assert.Equal(CrawlStatus.Cancelled, Assert.IsType<CrawlCancel.Cancelled>(cancelled).Crawl.Status);
        Assert.Equal(CrawlStatus.Cancelled, Assert.IsType<CrawlCancel.AlreadyEnded>(again).Crawl.Status);
        Assert.IsType<CrawlCancel.NotFound>(missing);
        Assert.Equal(
            [CrawlStatus.Queued, CrawlStatus.Running, CrawlStatus.PausedNeedsSession, CrawlStatus.Cancelled],
            events.Where(e => e.CrawlId == crawlId).Select(e => e.Status));
        Assert.Equal("No session works.", events.Single(e => e.Status == CrawlStatus.PausedNeedsSession).Error);
    }

    [Fact]
    public async Task A_pause_into_a_state_that_is_not_a_pause_is_refused()
    {
        using var app = AppFactory.With(new() { ["Instagram:ResumeCheckEvery"] = "01:00:00" });
        var account = await app.AddAccountAsync("lifecycle_refused");
        var error = await app.WithScopeAsync(async sp =>
        {
            var crawls = sp.GetRequiredService<CrawlService>();
            var crawl = await crawls.QueueAsync(account.Id, CrawlLists.Followers, CancellationToken.None);
            return await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
                crawls.PauseAsync(crawl.Id, CrawlStatus.Succeeded, null, null, CancellationToken.None));
        });
        Assert.Contains("PausedRateLimited", error.Message);
    }

    private sealed class Collector(ConcurrentQueue<CrawlEvent> events) : IObserver<CrawlEvent>
    {
        public void OnNext(CrawlEvent value) => events.Enqueue(value);
        public void OnError(Exception error) { }
        public void OnCompleted() { }
    }
}
