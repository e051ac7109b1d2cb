using System.Collections.Concurrent;
using InstaIntel.Api.Instagram;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Crawling;

/// <summary>
/// How long each crawl waits while Instagram does not answer: `Instagram:UnreachablePause` at first, twice as long
/// each time again, up to `Instagram:MaxUnreachablePause`; forgotten once the crawl ends any other way. Kept in memory:
/// a restart starts the waits over, which costs one early try.
/// </summary>
public sealed class OfflineWaits(IOptions<InstagramOptions> options)
{
    private readonly ConcurrentDictionary<long, TimeSpan> last = new();

    public TimeSpan Next(long crawlId)
    {
        var o = options.Value;
        return last.AddOrUpdate(crawlId, o.UnreachablePause, (_, before) => before * 2 > o.MaxUnreachablePause ? o.MaxUnreachablePause : before * 2);
    }

    public void Forget(long crawlId) => last.TryRemove(crawlId, out _);
}
