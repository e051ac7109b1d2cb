using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace InstaIntel.Tests.Archives;

/// <summary>
/// Archives in the shapes Instagram's data download has taken (see docs/instagram-shapes.md), with made-up people.
/// </summary>
public static class ArchiveFixtures
{
    public static readonly DateTime Since = new(2025, 3, 14, 9, 26, 0, DateTimeKind.Utc);

    public static long Seconds(int minutesAfter) => new DateTimeOffset(Since.AddMinutes(minutesAfter)).ToUnixTimeSeconds();

    /// <summary>`followers_N.json`: a bare array, the username in `string_list_data[].value`.</summary>
    public static string FollowersJson(params string[] usernames) => JsonSerializer.Serialize(usernames.Select((u, i) => new
    {
        title = "",
        media_list_data = Array.Empty<object>(),
        string_list_data = new[] { new { href = $"https://www.instagram.com/{u}", value = u, timestamp = Seconds(i) } },
    }));

    /// <summary>Newer `following.json`: the username in `title`, app-deeplink hrefs, no `value`.</summary>
    public static string FollowingJson(params string[] usernames) => JsonSerializer.Serialize(new
    {
        relationships_following = usernames.Select((u, i) => new
        {
            title = u,
            string_list_data = new[] { new { href = $"https://www.instagram.com/_u/{u}", timestamp = Seconds(i) } },
        }),
    });

    /// <summary>Older `following.json` and the other lists: an object holding entries with `value`.</summary>
    public static string ListJson(string key, params string[] usernames) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        [key] = usernames.Select((u, i) => new
        {
            title = "",
            media_list_data = Array.Empty<object>(),
            string_list_data = new[] { new { href = $"https://www.instagram.com/{u}", value = u, timestamp = Seconds(i) } },
        }),
    });

    public static string ProfileJson(string username) => JsonSerializer.Serialize(new
    {
        profile_user = new[] { new { string_map_data = new { Username = new { href = "", value = username, timestamp = 0 } } } },
    });

    /// <summary>`followers_1.html`: one block per person, a link and the date beside it (English unless told).</summary>
    public static string FollowersHtml(string[] usernames, Func<DateTime, string>? date = null) => Page(usernames.Select((u, i) =>
        $"""<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><div class="_a6-p"><div><div><a target="_blank" href="https://www.instagram.com/{u}">{u}</a></div><div>{(date ?? HtmlDates.English)(Since.AddMinutes(i))}</div></div></div></div>"""));

    /// <summary>Newer `following.html`: the username in a heading, the link in the app-deeplink form.</summary>
    public static string FollowingHtml(string[] usernames, Func<DateTime, string>? date = null) => Page(usernames.Select((u, i) =>
        $"""<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><h2 class="_3-95 _2pim _a6-h _a6-i">{u}</h2><div class="_a6-p"><div><div><a target="_blank" href="https://www.instagram.com/_u/{u}">https://www.instagram.com/_u/{u}</a></div><div>{(date ?? HtmlDates.English)(Since.AddMinutes(i))}</div></div></div></div>"""));

    private static string Page(IEnumerable<string> blocks) =>
        $"""<html><head><title>Followers</title></head><body><main><div class="_a706" role="main">{string.Concat(blocks)}</div></main></body></html>""";

    public static MemoryStream Zip(params (string Path, string Content)[] files)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (path, content) in files)
            {
                using var entry = zip.CreateEntry(path).Open();
                entry.Write(Encoding.UTF8.GetBytes(content));
            }
        stream.Position = 0;
        return stream;
    }
}
