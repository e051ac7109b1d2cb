using System.Security.Cryptography;
using System.Text;

namespace InstaIntel.Api.Instagram;

/// <summary>
/// A logged-in Instagram account: the web cookies that identify it, a label the user gave it, the phone it is used
/// from on the mobile API (made once, kept with it in the vault) and, optionally, the proxy it is always used through.
/// <see cref="Client"/> is the kind of client it came from, whose surfaces alone it reads lists from unless
/// <see cref="UsesOtherSurfaces"/> (a risk the user took knowingly). <see cref="Cookies"/> is the whole cookie jar
/// (what the user pasted, then every Set-Cookie Instagram sent) and <see cref="Echoes"/> the `ig-set-*` values the app
/// sends back, so a restart continues the same client.
/// </summary>
public sealed record InstagramSession(string SessionId, string? CsrfToken = null, long? DsUserId = null, string? Label = null, MobileDevice? Device = null,
    string? Proxy = null, SessionClient Client = SessionClient.Browser, bool UsesOtherSurfaces = false,
    IReadOnlyDictionary<string, string>? Cookies = null, IReadOnlyDictionary<string, string>? Echoes = null)
{
    /// <summary>Whether lists may be read from <paramref name="source"/> with this session.</summary>
    public bool MayUse(FollowSource source) => source.BelongsTo(Client) || UsesOtherSurfaces && source != FollowSource.DataExport;

    /// <summary>The proxy's host and port, without any credentials in its URL: what the API may show.</summary>
    public string? ProxyHost => Proxy is null ? null : new Uri(Proxy).Authority;

    /// <summary>The Cookie header for a request made with this session.</summary>
    public string CookieHeader =>
        string.Join("; ", new[] { ("sessionid", SessionId), ("csrftoken", CsrfToken), ("ds_user_id", DsUserId?.ToString()) }
            .Where(c => !string.IsNullOrEmpty(c.Item2)).Select(c => $"{c.Item1}={c.Item2}"));

    /// <summary>The mobile API's `Authorization` header for a web session: IGT:2 with the ids, base64-encoded.</summary>
    public string? BearerToken => DsUserId is { } id
        ? "Bearer IGT:2:" + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{{\"ds_user_id\":\"{id}\",\"sessionid\":\"{SessionId}\"}}"))
        : null;

    /// <summary>A short stable key for pacing, health and circuit breaking that does not reveal the session.</summary>
    public string Key => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(SessionId)), 0, 8);

    public override string ToString() => $"InstagramSession({Key})";
}
