using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Alerts;

/// <summary>
/// Changes to alert channels, rules and notifications. A channel's secret lives in the vault, not the database, so
/// every change to a channel changes both here; its settings are checked here too, since whether a secret must be
/// given depends on the one kept. Rules arrive checked (<see cref="AccountRulesInput.Problem"/>).
/// </summary>
public sealed class AlertService(InstaIntelDb db, ChannelSecrets secrets, AlertDestinations destinations, AlertDispatcher dispatcher, TimeProvider clock)
{
    public async Task<ChannelChange> AddChannelAsync(ChannelInput input, CancellationToken ct)
    {
        if (input.Problem(secretKept: false, urlKept: false, destinations) is { } problem) return new ChannelChange.Refused(problem);
        var channel = new AlertChannel { Name = input.Name, CreatedAt = clock.GetUtcNow().UtcDateTime };
        input.ApplyTo(channel);
        db.AlertChannels.Add(channel);
        await db.SaveChangesAsync(ct);
        var url = input.PostsToUrl ? input.Url!.Trim() : null;
        await secrets.SetAsync(channel.Id, url, input.Secret, ct);
        return new ChannelChange.Saved(channel, url);
    }

    /// <summary>
    /// Replaces a channel's settings; a null URL (or the masked one `url` shows) or a null secret keeps the one kept,
    /// an empty secret removes it, and a kind that posts to no URL drops the URL.
    /// </summary>
    public async Task<ChannelChange> UpdateChannelAsync(long id, ChannelInput input, CancellationToken ct)
    {
        var channel = await db.AlertChannels.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (channel is null) return new ChannelChange.NotFound();
        var kept = secrets.Of(channel.Id);
        if (kept.Url is not null && input.Url == ChannelUrl.Mask(kept.Url)) input.Url = null; // the masked URL as read: keep it
        if (input.Problem(kept.Secret is not null && input.Secret != "", kept.Url is not null, destinations) is { } problem)
            return new ChannelChange.Refused(problem);
        input.ApplyTo(channel);
        await db.SaveChangesAsync(ct);
        var url = input.PostsToUrl ? input.Url?.Trim() : "";
        await secrets.SetAsync(channel.Id, url, input.Secret, ct);
        return new ChannelChange.Saved(channel, string.IsNullOrEmpty(url) ? null : url);
    }

    /// <summary>Removes a channel with its delivery log and its secret; false when there is no such channel.</summary>
    public async Task<bool> RemoveChannelAsync(long id, CancellationToken ct)
    {
        var channel = await db.AlertChannels.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (channel is null) return false;
        db.AlertChannels.Remove(channel);
        await db.SaveChangesAsync(ct);
        await secrets.RemoveAsync(channel.Id, ct);
        return true;
    }

    /// <summary>Sends a test message through the channel now and logs it; null when there is no such channel.</summary>
    public async Task<AlertDelivery?> SendTestAsync(long id, CancellationToken ct) =>
        await db.AlertChannels.SingleOrDefaultAsync(x => x.Id == id, ct) is { } channel ? await dispatcher.SendTestAsync(channel, ct) : null;

    /// <summary>Sets one account's rules, or the defaults when <paramref name="accountId"/> is null; null when there is no such account.</summary>
    public async Task<AccountAlertRules?> SetRulesAsync(long? accountId, AccountRulesInput input, CancellationToken ct)
    {
        if (accountId is not null && !await db.Accounts.AnyAsync(a => a.Id == accountId, ct)) return null;
        var rules = await db.AlertRules.SingleOrDefaultAsync(r => r.AccountId == accountId, ct);
        if (input.UseDefaults && accountId is not null)
        {
            if (rules is not null) db.AlertRules.Remove(rules);
            await db.SaveChangesAsync(ct);
            return await AlertComposer.RulesForAsync(db, accountId.Value, ct);
        }
        rules ??= db.AlertRules.Add(new AccountAlertRules { AccountId = accountId }).Entity;
        (rules.Unfollows, rules.NewFollowersAtLeast, rules.FollowerChangePercent, rules.CrawlProblems) =
            (input.Unfollows, input.NewFollowersAtLeast, input.FollowerChangePercent, input.CrawlProblems);
        await db.SaveChangesAsync(ct);
        return rules;
    }

    public async Task<GlobalAlertRules> SetGlobalRulesAsync(GlobalRulesInput input, CancellationToken ct)
    {
        var rules = await db.GlobalAlertRules.SingleOrDefaultAsync(ct) ?? db.GlobalAlertRules.Add(new GlobalAlertRules()).Entity;
        (rules.SessionProblems, rules.BackupFailed, rules.DiskLowMiB, rules.DigestHourUtc) = (input.SessionProblems, input.BackupFailed, input.DiskLowMiB, input.DigestHourUtc);
        await db.SaveChangesAsync(ct);
        return rules;
    }

    /// <summary>Marks the listed notifications read, or all of them; returns how many stay unread.</summary>
    public async Task<int> MarkNotificationsReadAsync(IReadOnlyCollection<long> ids, bool all, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.AlertOutbox.Where(e => e.Notified && e.ReadAt == null && (all || ids.Contains(e.Id)))
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.ReadAt, now), ct);
        return await db.AlertOutbox.CountAsync(e => e.Notified && e.ReadAt == null, ct);
    }
}

/// <summary>What adding or changing a channel came to.</summary>
public abstract record ChannelChange
{
    /// <summary><paramref name="Url"/>: the whole URL when this change set it, to be shown this once.</summary>
    public sealed record Saved(AlertChannel Channel, string? Url) : ChannelChange;
    public sealed record Refused(InvalidAlertChannelError Problem) : ChannelChange;
    public sealed record NotFound : ChannelChange;
}
