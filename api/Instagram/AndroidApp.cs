using System.Globalization;
using System.Text.Json.Nodes;

namespace InstaIntel.Api.Instagram;

/// <summary>
/// The Instagram Android build that app requests present, and the whole set of headers it sends, in its order: app
/// version, build number and Bloks version id belong together (instagrapi 3.0.7's default since 2026-09-19,
/// docs/instagram-shapes.md §3). The phone is a Pixel 8 Pro on Android 14. Each value is a setting under `Instagram:Android:`.
/// </summary>
public sealed class AndroidApp
{
    public string AppVersion { get; set; } = "448.0.0.0.20";
    public string VersionCode { get; set; } = "1065560286";
    public string BloksVersionId { get; set; } = "0bc46a03e177bfc9bc8d611918815acf248fa9c77754d807d6a5951dc9ce9432";
    public string Phone { get; set; } = "34/14; 480dpi; 1344x2992; Google/google; Pixel 8 Pro; husky; husky";
    public string AppId { get; set; } = "567067343352427";
    public string Capabilities { get; set; } = "3brTv10=";
    /// <summary>What the app asks for per page of a v1 follow list (its GraphQL lists leave the size to Instagram).</summary>
    public int PageSize { get; set; } = 200;
    /// <summary>The app's private GraphQL follow lists, as the Android app sends them since 2026-09-18 (instagrapi PR #2806).</summary>
    public string FollowersListDocId { get; set; } = "284797047911918316998205836755";
    public string FollowingListDocId { get; set; } = "16104639286363954576550227636";
    /// <summary>The encodings instagrapi's app requests accept (it leaves zstd out).</summary>
    public const string AcceptEncoding = "gzip, deflate";

    /// <summary>The body of the app's form posts (GraphQL, login), with the charset it names.</summary>
    public static FormUrlEncodedContent Form(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var form = new FormUrlEncodedContent(fields);
        form.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded") { CharSet = "UTF-8" };
        return form;
    }

    public string UserAgent(string locale) => $"Instagram {AppVersion} Android ({Phone}; {locale}; {VersionCode})";

    /// <summary>What one app request carries besides its URL; <see cref="Echo"/> reads back the `ig-set-*` values.</summary>
    public sealed record Context(MobileDevice Device, string Viewer, string Locale, TimeSpan UtcOffset, DateTimeOffset Now,
        string NavChain, Func<string, string?> Echo, string? BearerToken);

    public IEnumerable<(string Name, string Value)> Headers(Context c)
    {
        var country = c.Locale.Split('_').ElementAtOrDefault(1) ?? "US";
        var seconds = (c.Now.ToUnixTimeMilliseconds() / 1000.0).ToString("F3", CultureInfo.InvariantCulture);
        var headers = new List<(string, string?)>
        {
            ("X-IG-App-Locale", c.Locale),
            ("X-IG-Device-Locale", c.Locale),
            ("X-IG-Mapped-Locale", c.Locale),
            ("X-Pigeon-Session-Id", $"UFS-{c.Device.PigeonSessionId}-0"),
            ("X-Pigeon-Rawclienttime", seconds),
            ("X-IG-Bandwidth-Speed-KBPS", "-1.000"),
            ("X-IG-Bandwidth-TotalBytes-B", "0"),
            ("X-IG-Bandwidth-TotalTime-MS", "0"),
            ("X-IG-App-Startup-Country", country),
            ("X-Bloks-Version-Id", BloksVersionId),
            ("X-IG-WWW-Claim", c.Echo("x-ig-set-www-claim") ?? "0"),
            ("X-Bloks-Is-Layout-RTL", "false"),
            ("X-Bloks-Is-Panorama-Enabled", "true"),
            ("X-IG-Device-ID", c.Device.DeviceId.ToString()),
            ("X-IG-Family-Device-ID", c.Device.FamilyDeviceId.ToString()),
            ("X-IG-Android-ID", c.Device.AndroidId),
            ("X-IG-Timezone-Offset", ((int)c.UtcOffset.TotalSeconds).ToString(CultureInfo.InvariantCulture)),
            ("X-IG-Nav-Chain", c.NavChain),
            ("X-IG-SALT-IDS", "1061163349"),
            ("X-FB-Connection-Type", "WIFI"),
            ("X-IG-Connection-Type", "WIFI"),
            ("X-IG-Capabilities", Capabilities),
            ("X-IG-App-ID", AppId),
            ("Priority", "u=3"),
            ("User-Agent", UserAgent(c.Locale)),
            ("Accept-Language", c.Locale.Replace('_', '-')),
            ("Authorization", c.Echo("ig-set-authorization") ?? c.BearerToken),
            ("X-MID", c.Echo("ig-set-x-mid")),
            ("IG-U-DS-USER-ID", c.Echo("ig-set-ig-u-ds-user-id") ?? c.Viewer),
            ("IG-U-RUR", c.Echo("ig-set-ig-u-rur")),
            ("IG-INTENDED-USER-ID", c.Viewer),
            ("Accept-Encoding", AcceptEncoding),
            ("X-FB-HTTP-Engine", "Liger"),
            ("X-FB-Client-IP", "True"),
            ("X-FB-Server-Cluster", "True"),
            ("X-Tigon-Is-Retry", "False"),
        };
        return headers.Where(h => !string.IsNullOrEmpty(h.Item2)).Select(h => (h.Item1, h.Item2!));
    }

    /// <summary>One page of the app's private GraphQL follow list: the root field it answers in, its extra headers and its form.</summary>
    public sealed record GraphqlQuery(string Root, IReadOnlyList<(string Name, string Value)> Headers, IReadOnlyList<KeyValuePair<string, string>> Form);

    /// <summary>
    /// `FollowersList` / `FollowingList` as the app sends them (instagrapi `mixins/user.py`, doc ids of PR #2806): no
    /// `count` (Instagram picks the page size), the `skip_*` flags that leave out what a list screen does not show.
    /// </summary>
    public GraphqlQuery FollowListQuery(FollowList list, long userId, string rankToken, string? maxId)
    {
        var followers = list == FollowList.Followers;
        var (name, docId, root) = followers
            ? ("FollowersList", FollowersListDocId, "xdt_api__v1__friendships__followers")
            : ("FollowingList", FollowingListDocId, "xdt_api__v1__friendships__following");
        var variables = followers
            ? new JsonObject
            {
                ["user_id"] = userId.ToString(CultureInfo.InvariantCulture),
                ["skip_suggested_users"] = true,
                ["skip_more_groups_available"] = true,
                ["skip_friendship_followers_fields"] = true,
                ["request_data"] = new JsonObject { ["rank_token"] = rankToken, ["enableGroups"] = true },
                ["skip_page_size"] = true,
                ["skip_pending_admins"] = true,
                ["skip_has_more"] = true,
                ["search_surface"] = "follow_list_page",
                ["query"] = "",
                ["skip_big_list"] = true,
                ["include_unseen_count"] = true,
            }
            : new JsonObject
            {
                ["user_id"] = userId.ToString(CultureInfo.InvariantCulture),
                ["skip_use_clickable_see_more"] = true,
                ["skip_preview_hashtags"] = true,
                ["skip_should_limit_list_of_followers"] = true,
                ["skip_pending_admins"] = true,
                ["skip_more_groups_available"] = true,
                ["skip_friendship_followers_fields"] = false,
                ["request_data"] = new JsonObject { ["rank_token"] = rankToken, ["includes_hashtags"] = true },
                ["search_surface"] = "follow_list_page",
                ["skip_page_size"] = true,
                ["skip_friend_requests"] = true,
                ["skip_big_list"] = true,
                ["query"] = "",
                ["include_profile_update_info"] = true,
                ["skip_suggested_users"] = true,
                ["include_unseen_count"] = true,
                ["skip_has_more"] = true,
                ["enable_groups"] = true,
                ["skip_hashtag_count"] = true,
            };
        if (maxId is not null) variables["max_id"] = maxId;
        return new GraphqlQuery(root,
            [("X-FB-Friendly-Name", name), ("X-Root-Field-Name", root), ("X-Client-Doc-Id", docId), ("X-FB-RMD", "state=URL_ELIGIBLE"), ("Priority", "u=3, i")],
            [
                new("method", "post"), new("pretty", "false"), new("format", "json"), new("server_timestamps", "true"), new("locale", "user"),
                new("fb_api_req_friendly_name", name), new("enable_canonical_naming", "true"), new("enable_canonical_variable_overrides", "true"),
                new("enable_canonical_naming_ambiguous_type_prefixing", "true"), new("variables", variables.ToJsonString()), new("client_doc_id", docId),
            ]);
    }

    /// <summary>The app's nav chain for a profile's follow list: the screens a person passed through to reach it.</summary>
    public static string NavChain(FollowList list, DateTimeOffset now)
    {
        var at = (now.ToUnixTimeMilliseconds() / 1000.0).ToString("F3", CultureInfo.InvariantCulture);
        var tab = list == FollowList.Followers ? "followers" : "following";
        return $"MainFeedFragment:feed_timeline:1:cold_start:{at}::,UserDetailFragment:profile:2:button:{at}::,"
            + $"FollowListFragment:{tab}:3:button:{at}::";
    }
}
