using InstaIntel.Api.Instagram;

namespace InstaIntel.Api.Crawling;

/// <summary>
/// Where a list's crawl resumes, stored with each page: `&lt;source&gt;:&lt;cursor or max_id&gt;`, and
/// `done:&lt;source&gt;` once the list's last page is in. Null means the list has not started. The tags are
/// `webapi`, `mobile`, `appgraphql`, `browser` (the companion's pages) and `web` (the GraphQL hashes, as checkpoints
/// from before the REST surface named them).
/// </summary>
public sealed record Checkpoint(FollowSource Source, string? Cursor, bool Done)
{
    private static readonly Dictionary<string, FollowSource> Tags = new()
    {
        ["webapi"] = FollowSource.WebApi,
        ["mobile"] = FollowSource.MobileApi,
        ["web"] = FollowSource.WebGraphql,
        ["appgraphql"] = FollowSource.MobileGraphql,
        ["browser"] = FollowSource.Browser,
    };

    public static Checkpoint? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var colon = text.IndexOf(':');
        var head = colon < 0 ? text : text[..colon];
        var tail = colon < 0 ? "" : text[(colon + 1)..];
        if (head == "done") return new Checkpoint(Tags.GetValueOrDefault(tail, FollowSource.WebGraphql), null, Done: true);
        return Tags.TryGetValue(head, out var source) ? new Checkpoint(source, tail, Done: false) : null;
    }

    private string Tag => Tags.First(t => t.Value == Source).Key;

    public override string ToString() => Done ? $"done:{Tag}" : $"{Tag}:{Cursor}";
}
