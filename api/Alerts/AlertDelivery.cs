using System.ComponentModel;

namespace InstaIntel.Api.Alerts;

/// <summary>
/// Pending: to send. Held: waits for its channel's daily digest. Retrying: an attempt failed, another follows.
/// Sent / Failed: done. Digested: went out inside a digest delivery.
/// </summary>
public enum DeliveryStatus
{
    [Description("Queued, not tried yet.")] Pending,
    [Description("Kept for the channel's daily digest.")] Held,
    [Description("Failed at least once; tried again with backoff.")] Retrying,
    [Description("Accepted by the channel.")] Sent,
    [Description("Given up after `Alerts:Attempts` tries; `lastError` says why.")] Failed,
    [Description("Sent as part of a daily digest.")] Digested,
}

/// <summary>
/// One message to one channel (table `alert_deliveries`): the delivery log. <see cref="IdempotencyKey"/> is unique
/// (`event-{id}-channel-{id}`, `digest-{day}-channel-{id}`), so queuing an event twice never sends it twice, and is
/// sent along so receivers can drop a repeat after a crash mid-send.
/// </summary>
public sealed class AlertDelivery
{
    public long Id { get; set; }
    public long? EventId { get; set; }
    public long ChannelId { get; set; }
    public required string IdempotencyKey { get; set; }
    public DeliveryStatus Status { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public string? Link { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
    /// <summary>For a Digested delivery: the digest that carried it.</summary>
    public long? DigestId { get; set; }

    public static string KeyFor(long eventId, long channelId) => $"event-{eventId}-channel-{channelId}";
    public static string DigestKeyFor(DateOnly day, long channelId) => $"digest-{day:yyyy-MM-dd}-channel-{channelId}";
}
