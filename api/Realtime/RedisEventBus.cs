using System.Reactive.Disposables;
using System.Reactive.Linq;
using System.Text.Json;
using StackExchange.Redis;

namespace InstaIntel.Api.Realtime;

/// <summary>
/// The event bus over Redis pub/sub: every process connected to the same Redis sees every message, so progress from
/// a worker process reaches subscribers on an API process. Messages travel as JSON.
/// </summary>
public sealed class RedisEventBus(IConnectionMultiplexer redis) : IEventBus
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task PublishAsync<T>(string topic, T message, CancellationToken ct = default) where T : class =>
        await redis.GetSubscriber().PublishAsync(Channel(topic), JsonSerializer.Serialize(message, Json));

    public IObservable<T> Observe<T>(string topic) where T : class => Observable.Create<T>(async observer =>
    {
        var subscriber = redis.GetSubscriber();
        var queue = await subscriber.SubscribeAsync(Channel(topic));
        queue.OnMessage(message =>
        {
            if (message.Message.HasValue && JsonSerializer.Deserialize<T>(message.Message.ToString(), Json) is { } value)
                observer.OnNext(value);
        });
        return Disposable.Create(() => queue.Unsubscribe());
    });

    private static RedisChannel Channel(string topic) => RedisChannel.Literal("instaintel:" + topic);
}
