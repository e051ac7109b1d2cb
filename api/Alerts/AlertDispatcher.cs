using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace InstaIntel.Api.Alerts;

/// <summary>
/// Moves events from the outbox to the channels: composes each new event's message and queues one delivery per
/// enabled channel (at most one per event and channel: the idempotency key is unique), groups held deliveries into
/// each digest channel's daily message, and sends what is due. Channels are sent to side by side, so a failing one
/// retries (Polly, exponential backoff) without holding the others up; a delivery still failing after
/// <see cref="AlertOptions.Attempts"/> is Failed with the reason. A delivery interrupted by a crash is sent on the
/// next start.
/// </summary>
public sealed class AlertDispatcher(IServiceScopeFactory scopes, ChannelSenders senders, ChannelSecrets secrets, IOptions<AlertOptions> options,
    DashboardUrl dashboard, TimeProvider clock, ILogger<AlertDispatcher> log)
{
    private readonly SemaphoreSlim oneRound = new(1, 1);

    /// <summary>One pass: new events, digests due, deliveries due.</summary>
    public async Task RunOnceAsync(CancellationToken ct)
    {
        await oneRound.WaitAsync(ct);
        try
        {
            await QueueNewEventsAsync(ct);
            await GroupDigestsAsync(Now, ct);
            await SendDueAsync(ct);
        }
        finally { oneRound.Release(); }
    }

    public async Task QueueNewEventsAsync(CancellationToken ct)
    {
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<InstaIntelDb>();
            var events = await db.AlertOutbox.Where(e => e.ProcessedAt == null).OrderBy(e => e.Id).Take(50).ToListAsync(ct);
            if (events.Count == 0) return;
            var composer = new AlertComposer(db, options.Value, dashboard);
            var channels = await db.AlertChannels.AsNoTracking().Where(c => c.Enabled).ToListAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            foreach (var e in events)
            {
                e.ProcessedAt = Now;
                if (await composer.ComposeAsync(e, ct) is not { } message) continue;
                (e.Title, e.Body, e.Link, e.Notified) = (message.Title, message.Body, message.Link, true);
                var keys = channels.Select(c => AlertDelivery.KeyFor(e.Id, c.Id)).ToList();
                var queued = await db.AlertDeliveries.Where(d => keys.Contains(d.IdempotencyKey)).Select(d => d.IdempotencyKey).ToListAsync(ct);
                foreach (var channel in channels.Where(c => !queued.Contains(AlertDelivery.KeyFor(e.Id, c.Id))))
                    db.AlertDeliveries.Add(new AlertDelivery
                    {
                        EventId = e.Id,
                        ChannelId = channel.Id,
                        IdempotencyKey = AlertDelivery.KeyFor(e.Id, channel.Id),
                        Status = channel.Mode == DeliveryMode.DailyDigest ? DeliveryStatus.Held : DeliveryStatus.Pending,
                        Title = message.Title,
                        Body = message.Body,
                        Link = message.Link,
                        CreatedAt = Now,
                    });
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
    }

    /// <summary>
    /// From the digest hour on, each digest channel's held deliveries become one digest delivery for the day
    /// (once a day: what is held after it waits for the next day's).
    /// </summary>
    public async Task GroupDigestsAsync(DateTime now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InstaIntelDb>();
        var rules = await db.GlobalAlertRules.AsNoTracking().SingleOrDefaultAsync(ct) ?? new GlobalAlertRules();
        if (now.Hour < rules.DigestHourUtc) return;
        var day = DateOnly.FromDateTime(now);
        var channels = await db.AlertChannels.AsNoTracking().Where(c => c.Mode == DeliveryMode.DailyDigest).Select(c => c.Id).ToListAsync(ct);
        foreach (var channelId in channels)
        {
            var key = AlertDelivery.DigestKeyFor(day, channelId);
            if (await db.AlertDeliveries.AnyAsync(d => d.IdempotencyKey == key, ct)) continue;
            var held = await db.AlertDeliveries.Where(d => d.ChannelId == channelId && d.Status == DeliveryStatus.Held).OrderBy(d => d.Id).ToListAsync(ct);
            if (held.Count == 0) continue;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var digest = new AlertDelivery
            {
                ChannelId = channelId,
                IdempotencyKey = key,
                Status = DeliveryStatus.Pending,
                Title = $"InstaIntel daily digest: {held.Count} alert{(held.Count == 1 ? "" : "s")}",
                Body = string.Join("\n\n", held.Select(d => $"{d.Title}\n{d.Body}{(d.Link is null ? "" : $"\n{d.Link}")}")),
                Link = dashboard.To("/"),
                CreatedAt = now,
            };
            db.AlertDeliveries.Add(digest);
            await db.SaveChangesAsync(ct);
            foreach (var d in held) (d.Status, d.DigestId) = (DeliveryStatus.Digested, digest.Id);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
    }

    public async Task SendDueAsync(CancellationToken ct)
    {
        List<AlertDelivery> due;
        Dictionary<long, AlertChannel> channels;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InstaIntelDb>();
            due = await db.AlertDeliveries.AsNoTracking().Where(d => d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.Retrying)
                .OrderBy(d => d.Id).ToListAsync(ct);
            var ids = due.Select(d => d.ChannelId).Distinct().ToList();
            channels = await db.AlertChannels.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        }
        await Task.WhenAll(due.GroupBy(d => d.ChannelId).Select(async group =>
        {
            foreach (var delivery in group)
                await SendAsync(delivery, channels.GetValueOrDefault(group.Key), ct);
        }));
    }

    /// <summary>"Send test": one message to one channel now, logged like any other, with no retry.</summary>
    public async Task<AlertDelivery> SendTestAsync(AlertChannel channel, CancellationToken ct)
    {
        var message = new AlertMessage("InstaIntel test alert", $"This is a test from InstaIntel to the channel \"{channel.Name}\". If you read this, it works.",
            dashboard.To("/settings/"));
        var delivery = new AlertDelivery
        {
            ChannelId = channel.Id,
            IdempotencyKey = $"test-{Guid.NewGuid():N}",
            Status = DeliveryStatus.Pending,
            Title = message.Title,
            Body = message.Body,
            Link = message.Link,
            CreatedAt = Now,
        };
        try
        {
            await senders.SendAsync(channel, secrets.Of(channel.Id), message, delivery.IdempotencyKey, ct);
            (delivery.Status, delivery.SentAt) = (DeliveryStatus.Sent, Now);
        }
        catch (AlertSendException e)
        {
            (delivery.Status, delivery.LastError) = (DeliveryStatus.Failed, e.Message);
        }
        delivery.Attempts = 1;
        await UpdateAsync(db => db.AlertDeliveries.Add(delivery), ct); // logged once sent, so the worker never sees it pending
        return delivery;
    }

    private async Task SendAsync(AlertDelivery delivery, AlertChannel? channel, CancellationToken ct)
    {
        if (channel is null || !channel.Enabled)
        {
            await RecordAsync(delivery, DeliveryStatus.Failed, channel is null ? "The channel was removed before this was sent." : "The channel was turned off before this was sent.", attempted: false);
            return;
        }
        var message = await MessageOfAsync(delivery, ct);
        var retry = new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<AlertSendException>(),
            MaxRetryAttempts = Math.Max(0, options.Value.Attempts - 1),
            Delay = options.Value.RetryDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            OnRetry = async args =>
            {
                var why = args.Outcome.Exception?.Message ?? "unknown";
                log.LogWarning("Alert delivery {Delivery} to channel {Channel} failed (attempt {Attempt}), retrying: {Reason}", delivery.Id, channel.Id, args.AttemptNumber + 1, why);
                await RecordAsync(delivery, DeliveryStatus.Retrying, why, attempted: true);
            },
        }).Build();
        try
        {
            await retry.ExecuteAsync(async token => await senders.SendAsync(channel, secrets.Of(channel.Id), message, delivery.IdempotencyKey, token), ct);
            await RecordAsync(delivery, DeliveryStatus.Sent, null, attempted: true);
        }
        catch (AlertSendException e)
        {
            log.LogWarning("Alert delivery {Delivery} to channel {Channel} failed for good: {Reason}", delivery.Id, channel.Id, e.Message);
            await RecordAsync(delivery, DeliveryStatus.Failed, e.Message, attempted: true);
        }
    }

    /// <summary>The message a delivery carries, with its event's kind and account for the webhook body.</summary>
    private async Task<AlertMessage> MessageOfAsync(AlertDelivery delivery, CancellationToken ct)
    {
        if (delivery.EventId is not { } eventId) return new AlertMessage(delivery.Title, delivery.Body, delivery.Link);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InstaIntelDb>();
        var about = await (from e in db.AlertOutbox
                           where e.Id == eventId
                           select new { e.Kind, Account = db.Accounts.Where(a => a.Id == e.AccountId).Select(a => a.Username).FirstOrDefault() })
            .SingleOrDefaultAsync(ct);
        return new AlertMessage(delivery.Title, delivery.Body, delivery.Link, about?.Kind, about?.Account);
    }

    /// <summary>Records what became of a delivery; <paramref name="attempted"/>: it was sent to the channel (once more).</summary>
    private async Task RecordAsync(AlertDelivery delivery, DeliveryStatus status, string? error, bool attempted)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InstaIntelDb>();
        var added = attempted ? 1 : 0;
        DateTime? sentAt = status == DeliveryStatus.Sent ? Now : null;
        await db.AlertDeliveries.Where(d => d.Id == delivery.Id).ExecuteUpdateAsync(u => u
            .SetProperty(d => d.Status, status)
            .SetProperty(d => d.Attempts, d => d.Attempts + added)
            .SetProperty(d => d.LastError, d => error ?? d.LastError)
            .SetProperty(d => d.SentAt, sentAt), CancellationToken.None);
    }

    private async Task UpdateAsync(Action<InstaIntelDb> change, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InstaIntelDb>();
        change(db);
        await db.SaveChangesAsync(ct);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
