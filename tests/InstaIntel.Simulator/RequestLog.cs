using System.Collections.Concurrent;

namespace InstaIntel.Simulator;

public sealed record SentRequest(string Surface, string Method, string Path, string Query, Dictionary<string, string> Headers, DateTimeOffset At);

/// <summary>What each session sent, the latest <see cref="Capacity"/> requests per session, for tests that check how the product looks.</summary>
public sealed class RequestLog
{
    public const int Capacity = 1_000;
    private readonly ConcurrentDictionary<string, Queue<SentRequest>> bySession = new();

    public void Add(string sessionId, SentRequest request)
    {
        var queue = bySession.GetOrAdd(sessionId, _ => new Queue<SentRequest>());
        lock (queue)
        {
            queue.Enqueue(request);
            while (queue.Count > Capacity) queue.Dequeue();
        }
    }

    public IReadOnlyList<SentRequest> Of(string sessionId)
    {
        if (!bySession.TryGetValue(sessionId, out var queue)) return [];
        lock (queue) return [.. queue];
    }

    public void Clear() => bySession.Clear();
}
