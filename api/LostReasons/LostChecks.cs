using InstaIntel.Api.Followers;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.LostReasons;

/// <summary>
/// After a crawl, looks up each person it found gone (one request each, paced like every request) to tell why they
/// left: still there and visible means unfollowed; "user not found" means deactivated, deleted or blocked, which a
/// second session of another Instagram account tells apart when one is connected. A check that cannot be made (a rate
/// limit, Instagram down) leaves the rest pending for the next crawl; it never fails the crawl, which has ended.
/// </summary>
public sealed class LostChecks(InstaIntelDb db, InstagramClient instagram, SessionPool sessions, IOptions<InstagramOptions> options,
    TimeProvider clock, ILogger<LostChecks> log)
{
    /// <returns>How many were checked.</returns>
    public async Task<int> RunAsync(long accountId, InstagramSession session, CancellationToken ct)
    {
        var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == accountId, ct);
        if (!account.CheckLostReasons || options.Value.LostChecksPerCrawl <= 0) return 0;
        // Username-only profiles (from a data download, negative pks) have no id to look up.
        var pending = await db.FollowChanges
            .Where(c => c.TargetId == accountId && c.Kind == ChangeKind.Lost && c.LostReason == null && c.ProfilePk > 0)
            .OrderByDescending(c => c.Id).Take(options.Value.LostChecksPerCrawl).ToListAsync(ct);
        var checkedCount = 0;
        InstagramSession? second = null;
        var secondSought = false;
        var endpointChecked = false;
        foreach (var change in pending)
        {
            var profile = await db.Profiles.SingleAsync(p => p.Pk == change.ProfilePk, ct);
            try
            {
                var seen = await SeenByAsync(session, profile.Pk, profile.Username, ct);
                if (seen is { } username)
                {
                    change.LostReason = LostReason.Unfollowed;
                    profile.Username = username; // a rename, when they changed it
                }
                else
                {
                    // Instagram has answered "not found" for every id while the endpoint itself was failing: the
                    // account just crawled must still be found, or nobody is marked gone.
                    if (!endpointChecked && account.Pk is { } targetPk)
                    {
                        if (await SeenByAsync(session, targetPk, account.Username, ct) is null)
                            throw new SourceUnavailableException($"Instagram answers \"not found\" even for @{account.Username}, which was just crawled.");
                        endpointChecked = true;
                    }
                    if (!secondSought) (second, secondSought) = (await SecondSessionAsync(session, ct), true);
                    change.LostReason = second is null ? LostReason.Unavailable
                        : await SeenByAsync(second, profile.Pk, profile.Username, ct) is null ? LostReason.Deactivated : LostReason.Blocked;
                }
            }
            catch (InstagramException e)
            {
                log.LogWarning("Why {Count} people left @{Account} stays pending until the next crawl: {Reason}", pending.Count - checkedCount, account.Username, e.Message);
                break;
            }
            change.LostReasonCheckedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            checkedCount++;
        }
        return checkedCount;
    }

    /// <summary>The username the session sees for <paramref name="pk"/>, or null when Instagram says there is no such user.</summary>
    private async Task<string?> SeenByAsync(InstagramSession session, long pk, string username, CancellationToken ct)
    {
        try
        {
            return await instagram.GetUsernameAsync(pk, username, session, ct);
        }
        catch (UserNotFoundException)
        {
            return null;
        }
    }

    /// <summary>A working session of another Instagram account, or null: a block hides someone from one account only.</summary>
    private async Task<InstagramSession?> SecondSessionAsync(InstagramSession first, CancellationToken ct)
    {
        if (!await sessions.HasOtherThanAsync([first.Key], ct)) return null;
        try
        {
            var other = await sessions.AcquireAsync([first.Key], ct);
            return other.DsUserId is { } id && id != first.DsUserId ? other : null;
        }
        catch (InstagramException)
        {
            return null;
        }
    }
}
