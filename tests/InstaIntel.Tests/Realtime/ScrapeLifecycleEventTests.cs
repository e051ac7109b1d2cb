using System.Collections.Concurrent;
using InstaIntel.Api.Realtime;
using InstaIntel.Api.Scrapes;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Realtime;

/// <summary>Every state change of a crawl goes through ScrapeService, and each one publishes its event with it.</summary>
public sealed class ScrapeLifecycleEventTests
{
    [Fact]
    public async Task Each_state_change_publishes_its_event_and_cancel_reports_what_it_found()
    {
        using var app = AppFactory.With(new() { ["Instagram:ResumeCheckEvery"] = "01:00:00" });
        var account = await app.AddAccountAsync("lifecycle_events");
        var events = new ConcurrentQueue<ScrapeEvent>();
        using var listening = app.Services.GetRequiredService<IEventBus>().Observe<ScrapeEvent>(Topics.Scrapes)
            .Subscribe(new Collector(events));

        var (scrapeId, cancelled, again, missing) = await app.WithScopeAsync(async sp =>
        {
            var scrapes = sp.GetRequiredService<ScrapeService>();
            var scrape = await scrapes.QueueAsync(account.Id, ScrapeLists.Followers, CancellationToken.None);
            await scrapes.MarkRunningAsync(scrape.Id, CancellationToken.None);
            await scrapes.PauseAsync(scrape.Id, ScrapeStatus.PausedNeedsSession, null, "No session works.", CancellationToken.None);
            var cancelled = await scrapes.CancelAsync(scrape.Id, CancellationToken.None);
            var again = await scrapes.CancelAsync(scrape.Id, CancellationToken.None);
            var missing = await scrapes.CancelAsync(scrape.Id + 1_000, CancellationToken.None);
            return (scrape.Id, cancelled, again, missing);
        });

        Assert.Equal(ScrapeStatus.Cancelled, Assert.IsType<ScrapeCancel.Cancelled>(cancelled).Scrape.Status);
        Assert.Equal(ScrapeStatus.Cancelled, Assert.IsType<ScrapeCancel.AlreadyEnded>(again).Scrape.Status);
        Assert.IsType<ScrapeCancel.NotFound>(missing);
        Assert.Equal(
            [ScrapeStatus.Queued, ScrapeStatus.Running, ScrapeStatus.PausedNeedsSession, ScrapeStatus.Cancelled],
            events.Where(e => e.ScrapeId == scrapeId).Select(e => e.State));
        Assert.Equal("No session works.", events.Single(e => e.State == ScrapeStatus.PausedNeedsSession).Error);
    }

    [Fact]
    public async Task A_pause_into_a_state_that_is_not_a_pause_is_refused()
    {
        using var app = AppFactory.With(new() { ["Instagram:ResumeCheckEvery"] = "01:00:00" });
        var account = await app.AddAccountAsync("lifecycle_refused");
        var error = await app.WithScopeAsync(async sp =>
        {
            var scrapes = sp.GetRequiredService<ScrapeService>();
            var scrape = await scrapes.QueueAsync(account.Id, ScrapeLists.Followers, CancellationToken.None);
            return await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
                scrapes.PauseAsync(scrape.Id, ScrapeStatus.Succeeded, null, null, CancellationToken.None));
        });
        Assert.Contains("PausedRateLimited", error.Message);
    }

    private sealed class Collector(ConcurrentQueue<ScrapeEvent> events) : IObserver<ScrapeEvent>
    {
        public void OnNext(ScrapeEvent value) => events.Enqueue(value);
        public void OnError(Exception error) { }
        public void OnCompleted() { }
    }
}
