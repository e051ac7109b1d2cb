namespace InstaIntel.Simulator;

/// <summary>One page of a target's followers or following, as both the v1 friendships path and the app's GraphQL serve it.</summary>
public static class FollowLists
{
    public sealed record Page(List<SimUser> Users, string? NextMaxId, bool More, bool Limited);

    /// <summary>The page size a request asked for: absent means 12; outside 1…<paramref name="cap"/> is refused, as Instagram does.</summary>
    public static int? Count(string? asked, int cap) =>
        string.IsNullOrEmpty(asked) ? 12
        : int.TryParse(asked, out var count) && count >= 1 && count <= cap ? count
        : null;

    /// <summary>The offset a `max_id` stands for: absent means the start; a cursor the simulator did not hand out is null.</summary>
    public static int? Offset(string? maxId) => string.IsNullOrEmpty(maxId) ? 0 : FollowCursor.Decode(maxId);

    public static Page Serve(HttpContext http, World world, SimTarget target, string list, int offset, int count, bool earliestFirst = false)
    {
        var viewerPk = SimulatorApp.Viewer(http)?.UserPk;
        var listed = list == "followers" ? target.Followers : target.Following;
        if (list == "followers" && earliestFirst) listed = [.. listed.Reverse()];
        var users = world.AnyBlocks ? [.. listed.Where(u => !world.Blocks(u.Pk, viewerPk))] : listed;
        if (http.Items.ContainsKey("short-page")) count = Math.Max(1, count / 2);
        var page = users.Skip(offset).Take(count).ToList();
        var more = offset + page.Count < users.Count;
        var limited = http.Items.ContainsKey("limit-list");
        // A limited list hands out fewer than asked and stops there, whatever is left.
        if (limited) page = page.Take(count / 2).ToList();
        // A list cut short still says it is a big list, with no next page: what Instagram's early ends look like.
        var next = more && !limited && !http.Items.ContainsKey("short-list") ? FollowCursor.Encode(offset + page.Count) : null;
        return new Page(page, next, more, limited);
    }
}
