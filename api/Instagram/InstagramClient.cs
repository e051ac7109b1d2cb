using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using InstaIntel.Api.Ingest;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Instagram;

/// <summary>
/// Typed client for the Instagram endpoints InstaIntel uses: the web profile lookup, followers/following from the
/// browser's REST surface, the Android app's API and the legacy web GraphQL hashes, and a cheap session check. Each
/// request looks like the client it claims to be (docs/instagram-shapes.md); every answer is checked and
/// Instagram's failures become typed exceptions. Redirects are never followed: they are Instagram's login and
/// challenge pages.
/// </summary>
public sealed class InstagramClient(HttpClient http, IOptions<InstagramOptions> options, Pacer pacer, SessionGuard guard, TimeProvider clock)
{
    public const string SessionKeyOption = "instaintel.session";
    private static readonly HttpRequestOptionsKey<FollowSource> SurfaceOption = new("instaintel.surface");
    private const string WebOrigin = "https://www.instagram.com";
    private InstagramOptions Options => options.Value;

    public async Task<InstagramProfile> GetProfileAsync(string username, InstagramSession session, CancellationToken ct)
    {
        var url = $"{Options.WebUrl}/api/v1/users/web_profile_info/?username={Uri.EscapeDataString(username)}";
        var response = await SendAsync(Web(url, session, $"{WebOrigin}/{username}/"), session, InstagramJson.Default.WebProfileInfoResponse, "profile", ct,
            notFound: () => new UserNotFoundException(username));
        var user = response.Data?.User ?? throw new UserNotFoundException(username);
        return new InstagramProfile(ParsePk(user.Id), user.Username, user.FullName ?? "", user.ProfilePicUrlHd ?? user.ProfilePicUrl,
            user.IsPrivate, user.IsVerified, user.EdgeFollowedBy?.Count ?? 0, user.EdgeFollow?.Count ?? 0, user.FollowedByViewer)
        { PostCount = user.EdgeOwnerToTimelineMedia?.Count, Biography = user.Biography, ExternalUrl = user.ExternalUrl };
    }

    /// <summary>The username an Instagram user id has now: how a tracked account that was renamed is found again.</summary>
    public async Task<string> GetUsernameAsync(long pk, string oldUsername, InstagramSession session, CancellationToken ct)
    {
        var url = $"{Options.WebUrl}/api/v1/users/{pk}/info/";
        var response = await SendAsync(Web(url, session, $"{WebOrigin}/"), session, InstagramJson.Default.UserInfoResponse, "user info", ct,
            notFound: () => new UserNotFoundException(oldUsername));
        return response.User?.Username ?? throw new UserNotFoundException(oldUsername);
    }

    /// <summary>One request that only a working session answers: returns the session's own username.</summary>
    public async Task<string> CheckSessionAsync(InstagramSession session, CancellationToken ct)
    {
        if (session.DsUserId is not { } viewer) throw new SessionExpiredException();
        var url = $"{Options.WebUrl}/api/v1/users/{viewer}/info/";
        var response = await SendAsync(Web(url, session, $"{WebOrigin}/"), session, InstagramJson.Default.UserInfoResponse, "session check", ct,
            notFound: () => new SessionExpiredException());
        return response.User?.Username ?? throw new SessionExpiredException();
    }

    public Task<FollowPage> GetPageAsync(FollowSource source, FollowList list, long userId, string username, string? cursor, InstagramSession session, CancellationToken ct) =>
        source switch
        {
            FollowSource.WebApi => GetWebApiPageAsync(list, userId, username, cursor, session, ct),
            FollowSource.MobileApi => GetMobilePageAsync(list, userId, username, cursor, session, ct),
            _ => GetWebGraphqlPageAsync(list, userId, username, cursor, session, ct),
        };

    /// <summary>The call instagram.com's own follower dialog makes, with the web session and the browser's headers.</summary>
    private async Task<FollowPage> GetWebApiPageAsync(FollowList list, long userId, string username, string? maxId, InstagramSession session, CancellationToken ct)
    {
        var path = PathOf(list);
        var url = $"{Options.WebUrl}/api/v1/friendships/{userId}/{path}/?count={Options.WebApiPageSize}"
            + (maxId is null ? "" : $"&max_id={Uri.EscapeDataString(maxId)}")
            + "&search_surface=follow_list_page";
        var response = await SendAsync(Web(url, session, $"{WebOrigin}/{username}/{path}/"), session, InstagramJson.Default.MobileFriendshipsResponse,
            "web list", ct, notFound: () => new SourceUnavailableException("The web list endpoint answered 404."), username);
        return Friendships(response, username);
    }

    private async Task<FollowPage> GetMobilePageAsync(FollowList list, long userId, string username, string? maxId, InstagramSession session, CancellationToken ct)
    {
        var device = session.Device ?? throw new SourceUnavailableException("The session has no device for the mobile API.");
        var url = $"{Options.MobileUrl}/api/v1/friendships/{userId}/{PathOf(list)}/?count={Options.MobilePageSize}"
            + (session.DsUserId is { } viewer ? $"&rank_token={viewer}_{device.DeviceId}" : "")
            + "&search_surface=follow_list_page&query=&enable_groups=true"
            // Newest first, asked for rather than assumed: head-only refreshes stand on it (docs/instagram-shapes.md §3).
            + (list == FollowList.Followers ? "&order=date_followed_latest" : "")
            + (maxId is null ? "" : $"&max_id={Uri.EscapeDataString(maxId)}");
        var response = await SendAsync(Mobile(url, session, device), session, InstagramJson.Default.MobileFriendshipsResponse, "mobile list", ct,
            notFound: () => new SourceUnavailableException("The mobile list endpoint answered 404."), username);
        return Friendships(response, username);
    }

    private static FollowPage Friendships(MobileFriendshipsResponse response, string username)
    {
        if (response.Users is null)
            throw new SourceUnavailableException("The list answer has no users: Instagram changed its shape.");
        if (response.ShouldLimitListOfFollowers == true)
            throw new ListLimitedException(username);
        var profiles = response.Users.Select(u => Person(u.Pk, u.Username, u.FullName, u.ProfilePicUrl, u.IsVerified, u.IsPrivate)).ToList();
        var next = string.IsNullOrEmpty(response.NextMaxId) ? null : response.NextMaxId;
        return new FollowPage(profiles, next, null, CutShort: next is null && response.BigList);
    }

    private async Task<FollowPage> GetWebGraphqlPageAsync(FollowList list, long userId, string username, string? cursor, InstagramSession session, CancellationToken ct)
    {
        var hash = list == FollowList.Followers ? Options.FollowersQueryHash : Options.FollowingQueryHash;
        var variables = new JsonObject
        {
            ["id"] = userId.ToString(),
            ["include_reel"] = false,
            ["fetch_mutual"] = false,
            ["first"] = Options.WebPageSize,
        };
        if (cursor is not null) variables["after"] = cursor;
        var url = $"{Options.WebUrl}/graphql/query/?query_hash={hash}&variables={Uri.EscapeDataString(variables.ToJsonString())}";
        var response = await SendAsync(Web(url, session, $"{WebOrigin}/{username}/", FollowSource.WebGraphql), session, InstagramJson.Default.WebGraphQLResponse, "web GraphQL list", ct,
            notFound: () => new SourceUnavailableException("The web GraphQL endpoint answered 404."), username);

        var edges = list == FollowList.Followers ? response.Data?.User?.EdgeFollowedBy : response.Data?.User?.EdgeFollow;
        if (edges is null)
            throw new SourceUnavailableException("The web GraphQL answer has no user or edges: Instagram changed its shape or the query hash.");
        // Since September 2026 the hashes answer the true count with no edges; that is a dead source, never an empty list.
        if (edges.Count > 0 && edges.Edges.Count == 0)
            throw new SourceUnavailableException("The web GraphQL list answered a count but no profiles.");
        var profiles = edges.Edges.Select(e => Person(ParsePk(e.Node.Id), e.Node.Username, e.Node.FullName,
            e.Node.ProfilePicUrl, e.Node.IsVerified, e.Node.IsPrivate)).ToList();
        var next = edges.PageInfo.HasNextPage ? edges.PageInfo.EndCursor : null;
        return new FollowPage(profiles, next, edges.Count);
    }

    private static string PathOf(FollowList list) => list == FollowList.Followers ? "followers" : "following";

    /// <summary>A request as the instagram.com web app makes it: the browser's headers, the web cookies, CSRF and claim.</summary>
    private HttpRequestMessage Web(string url, InstagramSession session, string referer, FollowSource surface = FollowSource.WebApi)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Options.Set(SurfaceOption, surface);
        foreach (var (name, value) in Options.Browser.Headers(referer)) request.Headers.Add(name, value);
        request.Headers.Add("Cookie", session.CookieHeader);
        if (session.CsrfToken is not null) request.Headers.Add("X-CSRFToken", session.CsrfToken);
        request.Headers.Add("X-IG-WWW-Claim", guard.Echo(session.Key, "x-ig-set-www-claim") ?? "0");
        return request;
    }

    /// <summary>A request as the Android app makes it: its device ids, the Bearer token and nothing of the web session.</summary>
    private HttpRequestMessage Mobile(string url, InstagramSession session, MobileDevice device)
    {
        var app = Options.Android;
        var viewer = session.DsUserId?.ToString() ?? "0";
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Options.Set(SurfaceOption, FollowSource.MobileApi);
        var headers = new List<(string, string?)>
        {
            ("User-Agent", app.UserAgent),
            ("X-IG-App-ID", app.AppId),
            ("X-IG-Capabilities", app.Capabilities),
            ("X-IG-Connection-Type", "WIFI"),
            ("X-IG-App-Locale", "en_US"),
            ("X-IG-Device-Locale", "en_US"),
            ("X-IG-Mapped-Locale", "en_US"),
            ("X-IG-App-Startup-Country", "US"),
            ("X-Bloks-Version-Id", app.BloksVersionId),
            ("X-Bloks-Is-Layout-RTL", "false"),
            ("X-IG-Device-ID", device.DeviceId.ToString()),
            ("X-IG-Family-Device-ID", device.FamilyDeviceId.ToString()),
            ("X-IG-Android-ID", device.AndroidId),
            ("X-IG-Timezone-Offset", "0"),
            ("X-IG-WWW-Claim", guard.Echo(session.Key, "x-ig-set-www-claim") ?? "0"),
            ("X-MID", guard.Echo(session.Key, "ig-set-x-mid")),
            ("IG-U-RUR", guard.Echo(session.Key, "ig-set-ig-u-rur")),
            ("X-Pigeon-Session-Id", $"UFS-{device.PigeonSessionId}-0"),
            ("X-Pigeon-Rawclienttime", (clock.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0).ToString("F3", System.Globalization.CultureInfo.InvariantCulture)),
            ("X-FB-HTTP-Engine", "Tigon/MNS/TCP"),
            ("Accept-Language", "en-US"),
            ("IG-U-DS-USER-ID", viewer),
            ("IG-INTENDED-USER-ID", viewer),
            ("Authorization", guard.Echo(session.Key, "ig-set-authorization") ?? session.BearerToken),
        };
        foreach (var (name, value) in headers)
            if (!string.IsNullOrEmpty(value)) request.Headers.Add(name, value);
        return request;
    }

    private async Task<T> SendAsync<T>(HttpRequestMessage message, InstagramSession session, JsonTypeInfo<T> type, string what,
        CancellationToken ct, Func<InstagramException> notFound, string? username = null)
    {
        using var request = message;
        guard.ThrowIfBlocked(session.Key);
        await pacer.WaitAsync(session.Key, request.Options.TryGetValue(SurfaceOption, out var surface) ? surface : FollowSource.WebApi, ct);
        guard.ThrowIfBlocked(session.Key);
        request.Options.Set(new HttpRequestOptionsKey<string>(SessionKeyOption), session.Key);
        ProxyRotation.UseSessionProxy(session.Proxy);

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        RememberEchoes(session, response);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        if (response.IsSuccessStatusCode)
        {
            try
            {
                return JsonSerializer.Deserialize(body, type) ?? throw new UnreadableResponseException(what);
            }
            catch (JsonException e)
            {
                throw new UnreadableResponseException(what, e);
            }
        }
        var failure = Failure(response, body, notFound, username);
        if (failure is ActionBlockedException)
            guard.Block(session.Key, clock.GetUtcNow().UtcDateTime + Options.ActionBlockPause);
        throw failure;
    }

    private static readonly string[] EchoedHeaders = ["x-ig-set-www-claim", "ig-set-x-mid", "ig-set-ig-u-rur", "ig-set-authorization"];

    private void RememberEchoes(InstagramSession session, HttpResponseMessage response)
    {
        foreach (var header in EchoedHeaders)
            if (response.Headers.TryGetValues(header, out var values) && values.FirstOrDefault() is { Length: > 0 } value)
                guard.Remember(session.Key, header, value);
    }

    /// <summary>Instagram's ways of saying no, most specific first (docs/instagram-shapes.md, §5).</summary>
    public static InstagramException Failure(HttpResponseMessage response, byte[] body, Func<InstagramException> notFound, string? username)
    {
        var status = (int)response.StatusCode;
        if (status is >= 300 and < 400)
        {
            var location = response.Headers.Location?.OriginalString ?? "";
            return location.Contains("/challenge", StringComparison.OrdinalIgnoreCase)
                ? new CheckpointException(location.StartsWith('/') ? WebOrigin + location : location)
                : new SessionExpiredException();
        }

        FailureResponse? failure = null;
        try { failure = JsonSerializer.Deserialize(body, InstagramJson.Default.FailureResponse); }
        catch (JsonException) { }
        var message = failure?.Message ?? "";

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
            return new RateLimitedException(response.Headers.RetryAfter?.Delta);
        if (message == "feedback_required" || failure?.Spam == true
            || message.Contains("we limit how often", StringComparison.OrdinalIgnoreCase)
            || message.Contains("Please wait a few minutes", StringComparison.OrdinalIgnoreCase))
            return new ActionBlockedException(failure?.FeedbackMessage ?? message);
        if (message is "checkpoint_required" or "challenge_required" || failure?.CheckpointUrl is not null || failure?.Challenge is not null)
            return new CheckpointException(failure?.CheckpointUrl ?? failure?.Challenge?.Url);
        if (message is "login_required" or "user_has_logged_out" || failure?.RequireLogin == true || response.StatusCode == HttpStatusCode.Unauthorized)
            return new SessionExpiredException();
        if (message.Contains("Not authorized to view user", StringComparison.OrdinalIgnoreCase))
            return new PrivateAccountException(username ?? "this account");
        if (response.StatusCode == HttpStatusCode.NotFound)
            // A bare "Not Found" text is how Instagram masks a challenge on its API hosts.
            return body.AsSpan().SequenceEqual("Not Found"u8) ? new CheckpointException(null) : notFound();
        if (status >= 500)
            return new SourceUnavailableException($"Instagram answered {status} after retries.");
        return new SourceUnavailableException($"Instagram answered {status}: {(message.Length > 0 ? message : "no message")}.");
    }

    private const int MaxFullName = 150;

    /// <summary>A listed person as stored: a username Instagram could have sent (else the answer is corrupt), a bounded name.</summary>
    private static ProfileData Person(long pk, string username, string? fullName, string? picture, bool verified, bool isPrivate)
    {
        if (pk <= 0 || !Accounts.Handle.IsUsername(username))
            throw new UnreadableResponseException("list", new FormatException($"A listed user has id {pk} and a username that is not Instagram's ({username.Length} characters)."));
        var name = fullName ?? "";
        return new ProfileData(pk, username, name.Length > MaxFullName ? name[..MaxFullName] : name, picture, verified, isPrivate);
    }

    private static long ParsePk(string id) =>
        long.TryParse(id, out var pk) ? pk : throw new SourceUnavailableException($"Instagram sent a user id that is not a number: \"{id}\".");
}
