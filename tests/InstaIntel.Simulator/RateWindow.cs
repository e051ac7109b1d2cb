using System.Collections.Concurrent;

namespace InstaIntel.Simulator;

/// <summary>Instagram-like rate limiting: at most N requests per session in a sliding window; beyond it, 429.</summary>
public sealed class RateWindow(SimulatorOptions options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> requests = new();
    private int limited;

    public int Limited => Volatile.Read(ref limited);

    public bool TryAcquire(string key)
    {
        var now = clock.GetUtcNow();
        var queue = requests.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            while (queue.Count > 0 && now - queue.Peek() >= options.RateWindow) queue.Dequeue();
            if (queue.Count >= options.RateLimit)
            {
                Interlocked.Increment(ref limited);
                return false;
            }
            queue.Enqueue(now);
            return true;
        }
    }

    public void Reset()
    {
        requests.Clear();
        Interlocked.Exchange(ref limited, 0);
    }
}
