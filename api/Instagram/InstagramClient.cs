using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using InstaIntel.Api.Ingest;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Instagram;

/// <summary>
/// Typed client for the Instagram endpoints InstaIntel uses: the profile lookup, followers/following from the
/// browser's REST surface, the Android app's v1 API and private GraphQL, the legacy web GraphQL hashes, and a cheap
/// session check. Each request is made as the client the session belongs to makes it (<see cref="BrowserFingerprint"/>
/// or <see cref="AndroidApp"/>, docs/instagram-shapes.md), with that client's cookie jar or echoes
/// (<see cref="SessionJar"/>); every answer is checked and Instagram's failures become typed exceptions. Redirects
/// are never followed: they are Instagram's login and challenge pages.
/// </summary>
public sealed class InstagramClient(HttpClient http, IOptions<InstagramOptions> options, Pacer pacer, SessionGuard guard, SessionJar jar, TimeProvider clock)
{
    public const string SessionKeyOption = "instaintel.session";
    private static readonly HttpRequestOptionsKey<FollowSource> SurfaceOption = new("instaintel.surface");
    private const string WebOrigin = "https://www.instagram.com";
    private InstagramOptions Options => options.Value;

    public async Task<InstagramProfile> GetProfileAsync(string username, InstagramSession session, CancellationToken ct)
    {
        var path = $"/api/v1/users/web_profile_info/?username={Uri.EscapeDataString(username)}";
        var response = await SendAsync(Lookup(path, session, $"{WebOrigin}/{username}/"), session, InstagramJson.Default.WebProfileInfoResponse, "profile", ct,
            notFound: () => new UserNotFoundException(username));
        var user = response.Data?.User ?? throw new UserNotFoundException(username);
        return new InstagramProfile(ParsePk(user.Id), user.Username, user.FullName ?? "", user.ProfilePicUrlHd ?? user.ProfilePicUrl,
            user.IsPrivate, user.IsVerified, user.EdgeFollowedBy?.Count ?? 0, user.EdgeFollow?.Count ?? 0, user.FollowedByViewer)
        { PostCount = user.EdgeOwnerToTimelineMedia?.Count, Biography = user.Biography, ExternalUrl = user.ExternalUrl };
    }

    /// <summary>The username an Instagram user id has now: how a tracked account that was renamed is found again.</summary>
    public async Task<string> GetUsernameAsync(long pk, string oldUsername, InstagramSession session, CancellationToken ct)
    {
        var response = await SendAsync(Lookup($"/api/v1/users/{pk}/info/", session, $"{WebOrigin}/"), session, InstagramJson.Default.UserInfoResponse, "user info", ct,
            notFound: () => new UserNotFoundException(oldUsername));
        return response.User?.Username ?? throw new UserNotFoundException(oldUsername);
    }

    /// <summary>One request that only a working session answers: returns the session's own username.</summary>
    public async Task<string> CheckSessionAsync(InstagramSession session, CancellationToken ct)
    {
        if (session.DsUserId is not { } viewer) throw new SessionExpiredException();
        var response = await SendAsync(Lookup($"/api/v1/users/{viewer}/info/", session, $"{WebOrigin}/"), session, InstagramJson.Default.UserInfoResponse, "session check", ct,
            notFound: () => new SessionExpiredException());
        return response.User?.Username ?? throw new SessionExpiredException();
    }

    public Task<FollowPage> GetPageAsync(FollowSource source, FollowList list, long userId, string username, string? cursor, InstagramSession session, CancellationToken ct)
    {
        // The one rule no caller may get wrong: a session is never used on the other client's surfaces unless it allows it.
        if (!session.MayUse(source))
            throw new InvalidOperationException($"A {session.Client} session may not read lists from {source}.");
        return source switch
        {
            FollowSource.WebApi => GetWebApiPageAsync(list, userId, username, cursor, session, ct),
            FollowSource.MobileApi => GetMobilePageAsync(list, userId, username, cursor, session, ct),
            FollowSource.MobileGraphql => GetAppGraphqlPageAsync(list, userId, username, cursor, session, ct),
            _ => GetWebGraphqlPageAsync(list, userId, username, cursor, session, ct),
        };
    }

    /// <summary>The call instagram.com's own follower dialog makes, with the web session and the browser's headers.</summary>
    private async Task<FollowPage> GetWebApiPageAsync(FollowList list, long userId, string username, string? maxId, InstagramSession session, CancellationToken ct)
    {
        var path = PathOf(list);
        var url = $"{Options.WebUrl}/api/v1/friendships/{userId}/{path}/?count={Options.Browser.PageSize}"
            + (maxId is null ? "" : $"&max_id={Uri.EscapeDataString(maxId)}")
            + "&search_surface=follow_list_page";
        var response = await SendAsync(Web(url, session, $"{WebOrigin}/{username}/{path}/"), session, InstagramJson.Default.MobileFriendshipsResponse,
            "web list", ct, notFound: () => new SourceUnavailableException("The web list endpoint answered 404."), username);
        return Friendships(response, username);
    }

    private async Task<FollowPage> GetMobilePageAsync(FollowList list, long userId, string username, string? maxId, InstagramSession session, CancellationToken ct)
    {
        var device = session.Device ?? throw new SourceUnavailableException("The session has no device for the mobile API.");
        var url = $"{Options.MobileUrl}/api/v1/friendships/{userId}/{PathOf(list)}/?count={Options.Android.PageSize}"
            + (session.DsUserId is { } viewer ? $"&rank_token={viewer}_{device.DeviceId}" : "")
            + "&search_surface=follow_list_page&query=&enable_groups=true"
            + (list == FollowList.Followers && Options.FollowersOrder is { Length: > 0 } order ? $"&order={Uri.EscapeDataString(order)}" : "")
            + (maxId is null ? "" : $"&max_id={Uri.EscapeDataString(maxId)}");
        var response = await SendAsync(App(HttpMethod.Get, url, session, list), session, InstagramJson.Default.MobileFriendshipsResponse, "mobile list", ct,
            notFound: () => new SourceUnavailableException("The mobile list endpoint answered 404."), username);
        return Friendships(response, username);
    }

    /// <summary>The app's private GraphQL follow lists (`FollowersList` / `FollowingList`), as instagrapi 3.0 sends them.</summary>
    private async Task<FollowPage> GetAppGraphqlPageAsync(FollowList list, long userId, string username, string? maxId, InstagramSession session, CancellationToken ct)
    {
        var device = session.Device ?? throw new SourceUnavailableException("The session has no device for the app's GraphQL.");
        var query = Options.Android.FollowListQuery(list, userId, $"{session.DsUserId}_{device.DeviceId}", maxId);
        var request = App(HttpMethod.Post, $"{Options.MobileUrl}/graphql/query", session, list, FollowSource.MobileGraphql);
        foreach (var (name, value) in query.Headers)
        {
            request.Headers.Remove(name);
            request.Headers.TryAddWithoutValidation(name, value);
        }
        request.Content = AndroidApp.Form(query.Form);
        var response = await SendAsync(request, session, InstagramJson.Default.AppGraphQLResponse, "app GraphQL list", ct,
            notFound: () => new SourceUnavailableException("The app's GraphQL endpoint answered 404."), username);
        if (response.Data?.GetValueOrDefault(query.Root) is not { } page)
            throw new SourceUnavailableException($"The app's GraphQL answered no {query.Root}: {response.Errors?.FirstOrDefault()?.Message ?? "Instagram changed its shape or the doc id"}.");
        return Friendships(page, username);
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

    /// <summary>A lookup (profile, user info) made as the session's own client makes it: the web app's for a browser session, the app's for an app session.</summary>
    private HttpRequestMessage Lookup(string pathAndQuery, InstagramSession session, string referer) =>
        session.Client == SessionClient.App
            ? App(HttpMethod.Get, Options.MobileUrl + pathAndQuery, session, null, FollowSource.MobileApi)
            : Web(Options.WebUrl + pathAndQuery, session, referer);

    /// <summary>A request as the instagram.com web app makes it: the browser's headers, the session's whole cookie jar, CSRF and claim.</summary>
    private HttpRequestMessage Web(string url, InstagramSession session, string referer, FollowSource surface = FollowSource.WebApi)
    {
        var request = Http2(HttpMethod.Get, url);
        request.Options.Set(SurfaceOption, surface);
        foreach (var (name, value) in Options.Browser.Headers(referer, jar.WebSessionId(session), Options.AcceptLanguage)) request.Headers.TryAddWithoutValidation(name, value);
        request.Headers.Add("Cookie", jar.CookieHeader(session));
        if (jar.Cookie(session, "csrftoken") is { } csrf) request.Headers.Add("X-CSRFToken", csrf);
        request.Headers.Add("X-IG-WWW-Claim", jar.Echo(session, "x-ig-set-www-claim") ?? "0");
        return request;
    }

    /// <summary>A request as the Android app makes it: its device ids, its echoes, the Bearer token and nothing of the web session.</summary>
    private HttpRequestMessage App(HttpMethod method, string url, InstagramSession session, FollowList? list, FollowSource surface = FollowSource.MobileApi)
    {
        var device = session.Device ?? throw new SourceUnavailableException("The session has no device for the app's surfaces.");
        var now = clock.GetUtcNow();
        var request = Http2(method, url);
        request.Options.Set(SurfaceOption, surface);
        var context = new AndroidApp.Context(device, session.DsUserId?.ToString() ?? "0", Options.Locale, Options.UtcOffset(now), now,
            AndroidApp.NavChain(list ?? FollowList.Followers, now), header => jar.Echo(session, header), session.BearerToken);
        foreach (var (name, value) in Options.Android.Headers(context)) request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    /// <summary>HTTP/2 as browsers and the app speak it, where the server offers it (TLS with ALPN); HTTP/1.1 otherwise.</summary>
    internal static HttpRequestMessage Http2(HttpMethod method, string url) =>
        new(method, url) { Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionOrLower };

    private async Task<T> SendAsync<T>(HttpRequestMessage message, InstagramSession session, JsonTypeInfo<T> type, string what,
        CancellationToken ct, Func<InstagramException> notFound, string? username = null) where T : IInstagramAnswer
    {
        using var request = message;
        guard.ThrowIfBlocked(session.Key);
        await pacer.WaitAsync(session.Key, request.Options.TryGetValue(SurfaceOption, out var surface) ? surface : FollowSource.WebApi, ct);
        guard.ThrowIfBlocked(session.Key);
        request.Options.Set(new HttpRequestOptionsKey<string>(SessionKeyOption), session.Key);
        SessionProxies.UseSessionProxy(session.Proxy);

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        await jar.ApplyAsync(session, response, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        InstagramException failure;
        if (response.IsSuccessStatusCode)
        {
            T answer;
            try
            {
                answer = JsonSerializer.Deserialize(body, type) ?? throw new UnreadableResponseException(what);
            }
            catch (JsonException e)
            {
                throw new UnreadableResponseException(what, e);
            }
            if (answer.Status != "fail") return answer;
            failure = Failure(response, body, notFound, username, Options.Android.AppVersion);
        }
        else
        {
            failure = Failure(response, body, notFound, username, Options.Android.AppVersion);
        }
        if (failure is ActionBlockedException blocked)
            guard.Block(session.Key, clock.GetUtcNow().UtcDateTime + (blocked.Pause ?? Options.ActionBlockPause));
        throw failure;
    }

    /// <summary>Instagram's ways of saying no, most specific first (docs/instagram-shapes.md, §5).</summary>
    public static InstagramException Failure(HttpResponseMessage response, byte[] body, Func<InstagramException> notFound, string? username, string appVersion)
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
        if (failure?.ErrorType == "rate_limit_error")
            return ActionBlockedException.Signal("rate_limit_error", TimeSpan.FromHours(1),
                "Lower this session's requests per hour in Settings if it happens again.");
        if (failure?.ErrorType == "sentry_block")
            return ActionBlockedException.Signal("sentry_block (its spam filter)", TimeSpan.FromHours(24),
                "Use the account by hand for a while, from the place it usually is.");
        if (message == "feedback_required" || failure?.Spam == true
            || message.Contains("we limit how often", StringComparison.OrdinalIgnoreCase)
            || message.Contains("Please wait a few minutes", StringComparison.OrdinalIgnoreCase))
            return new ActionBlockedException(failure?.FeedbackMessage ?? message);
        if (message.Contains("useragent mismatch", StringComparison.OrdinalIgnoreCase))
            return ActionBlockedException.Signal("\"useragent mismatch\"", TimeSpan.FromHours(1),
                "The client fingerprint no longer matches what Instagram expects of this session: check Instagram:Browser and Instagram:Android in the settings.");
        if (failure?.CheckpointUrl?.Contains("unsupported_version", StringComparison.OrdinalIgnoreCase) == true || failure?.ErrorType == "needs_upgrade")
            return new AppOutdatedException(appVersion);
        if (message is "checkpoint_required" or "challenge_required" || failure?.CheckpointUrl is not null || failure?.Challenge is not null)
            return new CheckpointException(failure?.CheckpointUrl ?? failure?.Challenge?.Url);
        if (message is "login_required" or "user_has_logged_out" || failure?.RequireLogin == true || response.StatusCode == HttpStatusCode.Unauthorized)
            return new SessionExpiredException();
        if (message.Contains("Not authorized to view user", StringComparison.OrdinalIgnoreCase))
            return new PrivateAccountException(username ?? "this account");
        if (response.StatusCode == HttpStatusCode.NotFound)
            // A bare "Not Found" text is how Instagram masks a challenge on its API hosts.
            return body.AsSpan().SequenceEqual("Not Found"u8) ? new CheckpointException(null) : notFound();
        if (failure?.Status == "fail" && response.IsSuccessStatusCode)
            return ActionBlockedException.Signal($"a failure with status 200{(message.Length > 0 ? $" (\"{message}\")" : "")}", TimeSpan.FromHours(1),
                "Instagram is refusing this session quietly; it is left alone for a while rather than pushed.");
        if (status >= 500)
            return new SourceUnavailableException($"Instagram answered {status} after retries.");
        return new SourceUnavailableException($"Instagram answered {status}: {(message.Length > 0 ? message : "no message")}.");
    }

    private const int MaxFullName = 150;

    /// <summary>A listed person as stored: a username Instagram could have sent (else the answer is corrupt), a bounded name.</summary>
    internal static ProfileData Person(long pk, string username, string? fullName, string? picture, bool verified, bool isPrivate)
    {
        if (pk <= 0 || !Accounts.Handle.IsUsername(username))
            throw new UnreadableResponseException("list", new FormatException($"A listed user has id {pk} and a username that is not Instagram's ({username.Length} characters)."));
        var name = fullName ?? "";
        return new ProfileData(pk, username, name.Length > MaxFullName ? name[..MaxFullName] : name, picture, verified, isPrivate);
    }

    private static long ParsePk(string id) =>
        long.TryParse(id, out var pk) ? pk : throw new SourceUnavailableException($"Instagram sent a user id that is not a number: \"{id}\".");
}
