using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using InstaIntel.Api.Ingest;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Instagram;

/// <summary>
/// Typed client for the Instagram endpoints InstaIntel uses: web profile lookup, followers/following from the web
/// GraphQL source and from the mobile API. Every answer is checked and Instagram's failures become typed exceptions.
/// </summary>
public sealed class InstagramClient(HttpClient http, IOptions<InstagramOptions> options, Pacer pacer)
{
    public const string SessionKeyOption = "instaintel.session";
    private static readonly Guid RankTokenDevice = Guid.NewGuid();
    private InstagramOptions Options => options.Value;

    public async Task<InstagramProfile> GetProfileAsync(string username, InstagramSession session, CancellationToken ct)
    {
        var url = $"{Options.WebUrl}/api/v1/users/web_profile_info/?username={Uri.EscapeDataString(username)}";
        var response = await SendAsync(url, session, mobile: false, InstagramJson.Default.WebProfileInfoResponse, "profile", ct,
            notFound: () => new UserNotFoundException(username));
        var user = response.Data?.User ?? throw new UserNotFoundException(username);
        return new InstagramProfile(ParsePk(user.Id), user.Username, user.FullName ?? "", user.ProfilePicUrlHd ?? user.ProfilePicUrl,
            user.IsPrivate, user.IsVerified, user.EdgeFollowedBy?.Count ?? 0, user.EdgeFollow?.Count ?? 0, user.FollowedByViewer);
    }

    public Task<FollowPage> GetPageAsync(FollowSource source, FollowList list, long userId, string username, string? cursor, InstagramSession session, CancellationToken ct) =>
        source == FollowSource.Web
            ? GetWebPageAsync(list, userId, username, cursor, session, ct)
            : GetMobilePageAsync(list, userId, username, cursor, session, ct);

    private async Task<FollowPage> GetWebPageAsync(FollowList list, long userId, string username, string? cursor, InstagramSession session, CancellationToken ct)
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
        var response = await SendAsync(url, session, mobile: false, InstagramJson.Default.WebGraphQLResponse, "web list", ct,
            notFound: () => new SourceUnavailableException("The web list endpoint answered 404."), username: username);

        var edges = list == FollowList.Followers ? response.Data?.User?.EdgeFollowedBy : response.Data?.User?.EdgeFollow;
        if (edges is null)
            throw new SourceUnavailableException("The web list answer has no user or edges: Instagram changed its shape or the query hash.");
        // Since late 2026 stale query hashes answer a true count with no edges; that is a broken source, not an empty list.
        if (cursor is null && edges.Count > 0 && edges.Edges.Count == 0)
            throw new SourceUnavailableException("The web list answered a count but no profiles.");
        var profiles = edges.Edges.Select(e => new ProfileData(ParsePk(e.Node.Id), e.Node.Username, e.Node.FullName ?? "",
            e.Node.ProfilePicUrl, e.Node.IsVerified, e.Node.IsPrivate)).ToList();
        var next = edges.PageInfo.HasNextPage ? edges.PageInfo.EndCursor : null;
        return new FollowPage(profiles, next, edges.Count);
    }

    private async Task<FollowPage> GetMobilePageAsync(FollowList list, long userId, string username, string? maxId, InstagramSession session, CancellationToken ct)
    {
        var path = list == FollowList.Followers ? "followers" : "following";
        var url = $"{Options.MobileUrl}/api/v1/friendships/{userId}/{path}/?count={Options.MobilePageSize}&search_surface=follow_list_page"
            + (session.DsUserId is { } viewer ? $"&rank_token={viewer}_{RankTokenDevice}" : "")
            + (maxId is null ? "" : $"&max_id={Uri.EscapeDataString(maxId)}");
        var response = await SendAsync(url, session, mobile: true, InstagramJson.Default.MobileFriendshipsResponse, "mobile list", ct,
            notFound: () => new SourceUnavailableException("The mobile list endpoint answered 404."), username: username);
        if (response.Users is null)
            throw new SourceUnavailableException("The mobile list answer has no users: Instagram changed its shape.");
        if (response.ShouldLimitListOfFollowers == true)
            throw new ListLimitedException(username);
        var profiles = response.Users.Select(u => new ProfileData(u.Pk, u.Username, u.FullName ?? "", u.ProfilePicUrl, u.IsVerified, u.IsPrivate)).ToList();
        return new FollowPage(profiles, string.IsNullOrEmpty(response.NextMaxId) ? null : response.NextMaxId, null);
    }

    private async Task<T> SendAsync<T>(string url, InstagramSession session, bool mobile, JsonTypeInfo<T> type, string what,
        CancellationToken ct, Func<InstagramException> notFound, string? username = null)
    {
        await pacer.WaitAsync(session.Key, ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Options.Set(new HttpRequestOptionsKey<string>(SessionKeyOption), session.Key);
        request.Headers.TryAddWithoutValidation("Cookie", session.CookieHeader);
        request.Headers.TryAddWithoutValidation("User-Agent", mobile ? Options.MobileUserAgent : Options.WebUserAgent);
        request.Headers.TryAddWithoutValidation("X-IG-App-ID", mobile ? Options.MobileAppId : Options.WebAppId);
        if (!mobile) request.Headers.TryAddWithoutValidation("X-Requested-With", "XMLHttpRequest");
        if (mobile && session.BearerToken is { } bearer) request.Headers.TryAddWithoutValidation("Authorization", bearer);
        if (session.CsrfToken is not null) request.Headers.TryAddWithoutValidation("X-CSRFToken", session.CsrfToken);

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
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
        throw Failure(response, body, notFound, username);
    }

    private static InstagramException Failure(HttpResponseMessage response, byte[] body, Func<InstagramException> notFound, string? username)
    {
        FailureResponse? failure = null;
        try { failure = JsonSerializer.Deserialize(body, InstagramJson.Default.FailureResponse); }
        catch (JsonException) { }
        var message = failure?.Message ?? "";

        if (response.StatusCode == HttpStatusCode.TooManyRequests || message.Contains("Please wait a few minutes", StringComparison.OrdinalIgnoreCase))
            return new RateLimitedException(response.Headers.RetryAfter?.Delta);
        if (message is "checkpoint_required" or "challenge_required" || failure?.CheckpointUrl is not null)
            return new CheckpointException(failure?.CheckpointUrl ?? failure?.Challenge?.Url);
        if (message == "login_required" || failure?.RequireLogin == true || response.StatusCode == HttpStatusCode.Unauthorized)
            return new SessionExpiredException();
        if (message.Contains("Not authorized to view user", StringComparison.OrdinalIgnoreCase))
            return new PrivateAccountException(username ?? "this account");
        if (response.StatusCode == HttpStatusCode.NotFound)
            return notFound();
        if ((int)response.StatusCode >= 500)
            return new SourceUnavailableException($"Instagram answered {(int)response.StatusCode} after retries.");
        return new SourceUnavailableException($"Instagram answered {(int)response.StatusCode}: {(message.Length > 0 ? message : "no message")}.");
    }

    private static long ParsePk(string id) =>
        long.TryParse(id, out var pk) ? pk : throw new SourceUnavailableException($"Instagram sent a user id that is not a number: \"{id}\".");
}
