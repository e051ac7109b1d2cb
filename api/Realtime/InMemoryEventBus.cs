using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace InstaIntel.Api.Realtime;

public sealed class InMemoryEventBus : IEventBus
{
    private readonly ConcurrentDictionary<string, ImmutableList<Action<object>>> subscribers = new();

    public Task PublishAsync<T>(string topic, T message, CancellationToken ct = default) where T : class
    {
        if (subscribers.TryGetValue(topic, out var handlers))
            foreach (var handler in handlers) handler(message);
        return Task.CompletedTask;
    }

    public IObservable<T> Observe<T>(string topic) where T : class => new Subscription<T>(this, topic);

    private void Add(string topic, Action<object> handler) =>
        subscribers.AddOrUpdate(topic, _ => [handler], (_, list) => list.Add(handler));

    private void Remove(string topic, Action<object> handler) =>
        subscribers.AddOrUpdate(topic, _ => [], (_, list) => list.Remove(handler));

    private sealed class Subscription<T>(InMemoryEventBus bus, string topic) : IObservable<T> where T : class
    {
        public IDisposable Subscribe(IObserver<T> observer)
        {
            Action<object> handler = message => { if (message is T typed) observer.OnNext(typed); };
            bus.Add(topic, handler);
            return new Unsubscriber(() => bus.Remove(topic, handler));
        }
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        private int disposed;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) dispose();
        }
    }
}
