using System.Globalization;
using InstaIntel.Api.Ingest;
using InstaIntel.Api.Instagram;

namespace InstaIntel.Api.Companion;

/// <summary>A listed person as the companion read them from instagram.com's answer; `pk` is Instagram's id, in digits.</summary>
public sealed record BrowserUserInput(string Pk, string Username, string? FullName, string? ProfilePicUrl, bool? IsVerified, bool? IsPrivate);

/// <summary>
/// One page of a list read by the browser companion: the cursor it was asked with (null for the list's first page)
/// and the one Instagram gave for the next (null on the last page).
/// </summary>
public sealed record SubmitBrowserPageInput(string CrawlId, FollowList List, string? Cursor, string? NextCursor, string? TargetPk, int? Expected,
    List<BrowserUserInput> Users)
{
    /// <summary>The most a page may hold: the app's page size, which the web's 12 never comes near.</summary>
    public const int MaxUsers = 200;
    public const int MaxCursor = 1_000;
    public const int MaxPictureUrl = 2_048;

    /// <summary>The page as stored (profiles checked and bounded as any answer of Instagram's is), or what is wrong with it.</summary>
    public (IReadOnlyList<ProfileData> Profiles, long? TargetPk, InvalidPageError? Error) Validate()
    {
        if (Users.Count > MaxUsers) return Invalid($"A page holds at most {MaxUsers} users; this one has {Users.Count}.", "users");
        foreach (var (name, cursor) in new[] { ("cursor", Cursor), ("nextCursor", NextCursor) })
            if (cursor is not null && (cursor.Length is 0 or > MaxCursor || cursor.Any(char.IsControl)))
                return Invalid($"`{name}` must be 1 to {MaxCursor} printable characters, as Instagram's next_max_id is.", name);
        if (NextCursor is not null && NextCursor == Cursor) return Invalid("`nextCursor` repeats `cursor`: the list would never end.", "nextCursor");
        if (Expected is < 0 or > 2_000_000_000) return Invalid("`expected` must be the profile's count: 0 or more.", "expected");
        long? target = null;
        if (TargetPk is not null)
        {
            if (PkOf(TargetPk) is not { } pk) return Invalid("`targetPk` must be Instagram's user id: digits only.", "targetPk");
            target = pk;
        }

        var profiles = new List<ProfileData>(Users.Count);
        foreach (var (user, i) in Users.Select((u, i) => (u, i)))
        {
            if (PkOf(user.Pk) is not { } pk)
                return Invalid($"users[{i}].pk must be Instagram's user id, digits only (got {Shorten(user.Pk)}).", "users");
            if (user.ProfilePicUrl is { } picture && (picture.Length > MaxPictureUrl || !Uri.TryCreate(picture, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps))
                return Invalid($"users[{i}].profilePicUrl must be an https URL of at most {MaxPictureUrl} characters.", "users");
            try
            {
                profiles.Add(InstagramClient.Person(pk, user.Username, user.FullName, user.ProfilePicUrl, user.IsVerified == true, user.IsPrivate == true));
            }
            catch (UnreadableResponseException)
            {
                return Invalid($"users[{i}].username is not an Instagram username (1 to 30 letters, digits, periods and underscores; got {Shorten(user.Username)}).", "users");
            }
        }
        return (profiles, target, null);
    }

    private static long? PkOf(string text) =>
        text.Length is > 0 and <= 19 && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var pk) && pk > 0 ? pk : null;

    private static string Shorten(string text) => text.Length <= 40 ? $"\"{text}\"" : $"{text.Length} characters";

    private static (IReadOnlyList<ProfileData>, long?, InvalidPageError?) Invalid(string message, string field) => ([], null, new InvalidPageError(message, field));
}
