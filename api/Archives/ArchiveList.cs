namespace InstaIntel.Api.Archives;

/// <summary>The relation lists an Instagram data download can hold, named after the files that carry them.</summary>
public enum ArchiveList
{
    Followers,
    Following,
    PendingFollowRequests,
    RecentFollowRequests,
    RecentlyUnfollowed,
    CloseFriends,
    Blocked,
    Restricted,
    RemovedSuggestions,
}

public static class ArchiveLists
{
    // File stems (without `_N` and extension) as Instagram names them; older archives used a few other names.
    private static readonly Dictionary<string, ArchiveList> ByStem = new(StringComparer.OrdinalIgnoreCase)
    {
        ["followers"] = ArchiveList.Followers,
        ["following"] = ArchiveList.Following,
        ["pending_follow_requests"] = ArchiveList.PendingFollowRequests,
        ["recent_follow_requests"] = ArchiveList.RecentFollowRequests,
        ["recently_unfollowed_profiles"] = ArchiveList.RecentlyUnfollowed,
        ["recently_unfollowed_accounts"] = ArchiveList.RecentlyUnfollowed,
        ["close_friends"] = ArchiveList.CloseFriends,
        ["blocked_profiles"] = ArchiveList.Blocked,
        ["blocked_accounts"] = ArchiveList.Blocked,
        ["restricted_profiles"] = ArchiveList.Restricted,
        ["restricted_accounts"] = ArchiveList.Restricted,
        ["removed_suggestions"] = ArchiveList.RemovedSuggestions,
    };

    /// <summary>Which list a file such as `followers_2.json` or `following.html` holds, and in which format.</summary>
    public static bool TryFromFileName(string fileName, out ArchiveList list, out ArchiveFormat format)
    {
        list = default;
        format = default;
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is not (".json" or ".html")) return false;
        format = extension == ".json" ? ArchiveFormat.Json : ArchiveFormat.Html;

        var stem = Path.GetFileNameWithoutExtension(fileName);
        var underscore = stem.LastIndexOf('_');
        if (underscore > 0 && stem[(underscore + 1)..].All(char.IsAsciiDigit) && underscore < stem.Length - 1)
            stem = stem[..underscore];
        return ByStem.TryGetValue(stem, out list);
    }
}

public enum ArchiveFormat { Json, Html }
