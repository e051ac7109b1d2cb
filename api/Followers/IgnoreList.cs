using InstaIntel.Api.Persistence;
using InstaIntel.Api.Profiles;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Followers;

/// <summary>Each tracked account's ignore list: people it leaves out of "not following back".</summary>
public static class IgnoreList
{
    public const int MaxPerCall = 5000;

    public static Task<List<Profile>> ProfilesAsync(InstaIntelDb db, long accountId, CancellationToken ct) =>
        db.Profiles.AsNoTracking()
            .Where(p => db.IgnoredProfiles.Any(i => i.AccountId == accountId && i.ProfilePk == p.Pk))
            .OrderBy(p => p.Username).ToListAsync(ct);

    /// <summary>Adds or removes profiles; adding one already listed, or removing one not listed, changes nothing.</summary>
    public static async Task SetAsync(InstaIntelDb db, long accountId, IReadOnlyCollection<long> pks, bool ignored, DateTime now, CancellationToken ct)
    {
        if (!ignored)
        {
            await db.IgnoredProfiles.Where(i => i.AccountId == accountId && pks.Contains(i.ProfilePk)).ExecuteDeleteAsync(ct);
            return;
        }
        var listed = await db.IgnoredProfiles.Where(i => i.AccountId == accountId && pks.Contains(i.ProfilePk)).Select(i => i.ProfilePk).ToListAsync(ct);
        db.IgnoredProfiles.AddRange(pks.Distinct().Except(listed).Select(pk => new IgnoredProfile { AccountId = accountId, ProfilePk = pk, IgnoredAt = now }));
        await db.SaveChangesAsync(ct);
    }
}
