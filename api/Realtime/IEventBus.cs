namespace InstaIntel.Api.Realtime;

/// <summary>
/// Topic-based publish/subscribe for realtime updates. In memory by default; over Redis pub/sub when configured,
/// so a worker process's crawls reach subscribers on an API process.
/// </summary>
public interface IEventBus
{
    Task PublishAsync<T>(string topic, T message, CancellationToken ct = default) where T : class;

    /// <summary>Messages published to the topic from now on; disposing the subscription stops them.</summary>
    IObservable<T> Observe<T>(string topic) where T : class;
}

public static class Topics
{
    public static string Crawl(long crawlId) => $"crawl:{crawlId}";
    public const string Crawls = "crawls";
}
