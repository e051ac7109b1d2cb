using InstaIntel.Api.Accounts;
using InstaIntel.Api.Followers;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Persistence;

namespace InstaIntel.Api.Counts;

/// <summary>
/// The one place a profile reading becomes history: a <see cref="CountPoint"/>, a <see cref="ProfileEvent"/> for each
/// field that changed since the last reading, and the account's current fields. Adds to the caller's unit of work; the
/// caller saves.
/// </summary>
public sealed class CountRecorder(InstaIntelDb db, TimeProvider clock)
{
    public void Observe(Account account, InstagramProfile profile, CountSource source)
    {
        var at = clock.GetUtcNow().UtcDateTime;
        db.CountPoints.Add(new CountPoint
        {
            AccountId = account.Id,
            At = at,
            Followers = profile.FollowerCount,
            Following = profile.FollowingCount,
            Posts = profile.PostCount,
            Source = source,
        });
        // A first reading has nothing to compare with: only later ones are changes.
        var known = account.Pk is not null;
        void Change(ProfileEventKind kind, string? before, string? after)
        {
            if (known && (before ?? "") != (after ?? ""))
                db.ProfileEvents.Add(new ProfileEvent { AccountId = account.Id, At = at, Kind = kind, Before = before, After = after });
        }
        Change(ProfileEventKind.Renamed, account.Username, profile.Username);
        Change(ProfileEventKind.FullName, account.FullName, profile.FullName);
        if (profile.Biography is not null) Change(ProfileEventKind.Biography, account.Biography, profile.Biography);
        if (profile.ExternalUrl is not null || account.ExternalUrl is not null) Change(ProfileEventKind.ExternalUrl, account.ExternalUrl, profile.ExternalUrl);
        Change(ProfileEventKind.Picture, PictureOf(account.ProfilePicUrl), PictureOf(profile.ProfilePicUrl));
        Change(ProfileEventKind.Verified, Flag(account.IsVerified), Flag(profile.IsVerified));
        Change(ProfileEventKind.Private, Flag(account.IsPrivate), Flag(profile.IsPrivate));

        account.Pk = profile.Pk;
        account.Username = profile.Username;
        account.FullName = profile.FullName;
        account.ProfilePicUrl = profile.ProfilePicUrl;
        account.IsPrivate = profile.IsPrivate;
        account.IsVerified = profile.IsVerified;
        account.FollowerCount = profile.FollowerCount;
        account.FollowingCount = profile.FollowingCount;
        account.PostCount = profile.PostCount ?? account.PostCount;
        account.Biography = profile.Biography ?? account.Biography;
        account.ExternalUrl = profile.ExternalUrl;
    }

    /// <summary>A list's first page that carried the list's total: a point with that one count, saved at once.</summary>
    public async Task RecordListTotalAsync(long accountId, FollowList list, int? total, string? cursor, CancellationToken ct)
    {
        if (total is null || cursor is not null) return;
        db.CountPoints.Add(new CountPoint
        {
            AccountId = accountId,
            At = clock.GetUtcNow().UtcDateTime,
            Source = CountSource.ListPage,
            Followers = list == FollowList.Followers ? total : null,
            Following = list == FollowList.Following ? total : null,
        });
        await db.SaveChangesAsync(ct);
    }

    private static string Flag(bool value) => value ? "true" : "false";

    /// <summary>
    /// A picture's address without its query: Instagram's CDN signs each address with a fresh expiry, so only the
    /// path says whether the picture itself changed.
    /// </summary>
    private static string? PictureOf(string? url) => url is null ? null : url.Split('?')[0];
}
