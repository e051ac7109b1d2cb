using InstaIntel.Api.Realtime;

namespace InstaIntel.Api.Crawling;

public sealed record CrawlCommand(long CrawlId);

/// <summary>
/// How the API asks the crawl queue for work: over the event bus, so the queue may live in this process or in a
/// worker process (`--role worker`) sharing the same Redis.
/// </summary>
public sealed class CrawlCommands(IEventBus bus)
{
    public const string EnqueueTopic = "crawls:enqueue";
    public const string CancelTopic = "crawls:cancel";
    public const string ResumeTopic = "crawls:resume";

    public Task EnqueueAsync(long crawlId, CancellationToken ct) => bus.PublishAsync(EnqueueTopic, new CrawlCommand(crawlId), ct);

    public Task CancelAsync(long crawlId, CancellationToken ct) => bus.PublishAsync(CancelTopic, new CrawlCommand(crawlId), ct);

    /// <summary>A session was connected: crawls waiting for one go on.</summary>
    public Task ResumeWaitingAsync(CancellationToken ct) => bus.PublishAsync(ResumeTopic, new CrawlCommand(0), ct);
}
