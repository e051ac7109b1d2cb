using InstaIntel.Api.Instagram;

namespace InstaIntel.Api.Crawling;

/// <summary>
/// Where a list's crawl resumes, stored with each page: `web:&lt;cursor&gt;` or `mobile:&lt;max_id&gt;`, and
/// `done:&lt;source&gt;` once the list's last page is in. Null means the list has not started.
/// </summary>
public sealed record Checkpoint(FollowSource Source, string? Cursor, bool Done)
{
    public static Checkpoint? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var colon = text.IndexOf(':');
        var head = colon < 0 ? text : text[..colon];
        var tail = colon < 0 ? "" : text[(colon + 1)..];
        return head switch
        {
            "done" => new Checkpoint(Enum.TryParse<FollowSource>(tail, true, out var source) ? source : FollowSource.Web, null, Done: true),
            "web" => new Checkpoint(FollowSource.Web, tail, Done: false),
            "mobile" => new Checkpoint(FollowSource.Mobile, tail, Done: false),
            _ => null,
        };
    }

    public override string ToString() => Done ? $"done:{Source.ToString().ToLowerInvariant()}" : $"{Source.ToString().ToLowerInvariant()}:{Cursor}";
}
