using System.Text;
using System.Text.Json;

namespace InstaIntel.Simulator;

/// <summary>
/// Which Instagram client a request claims to be. The simulator serves www and i.instagram.com from one host, so the
/// friendships path is told apart the way Instagram tells its clients apart: by the app id and the user agent.
/// </summary>
public enum Surface { Web, WebApi, Mobile }

public static class Surfaces
{
    public const string WebAppId = "936619743392459";
    public const string AndroidAppId = "567067343352427";

    /// <summary>
    /// The app's requests are told by its app id: on the private API, on its login and on its GraphQL (a POST to
    /// `/graphql/query`, where the web only GETs with a query hash).
    /// </summary>
    public static Surface Of(HttpRequest request)
    {
        // Every request the Android app makes is the app's (i.instagram.com), lookups included; it carries the app's id.
        if (request.Headers["X-IG-App-ID"] == AndroidAppId) return Surface.Mobile;
        return request.Path.StartsWithSegments("/api/v1/friendships") ? Surface.WebApi : Surface.Web;
    }

    /// <summary>The major version in the app's user agent (`Instagram 428.0.0.47.67 Android (…)`), or null if there is none.</summary>
    public static int? AppVersion(HttpRequest request)
    {
        var agent = request.Headers.UserAgent.ToString();
        if (!agent.StartsWith("Instagram ")) return null;
        var version = agent["Instagram ".Length..];
        var dot = version.IndexOf('.');
        return dot > 0 && int.TryParse(version[..dot], out var major) ? major : null;
    }

    /// <summary>Null when the request looks like the client it claims to be; else why Instagram would refuse it.</summary>
    public static string? Mismatch(HttpRequest request, Surface surface)
    {
        var agent = request.Headers.UserAgent.ToString();
        var appId = request.Headers["X-IG-App-ID"].ToString();
        return surface switch
        {
            Surface.Mobile when !agent.StartsWith("Instagram ") || !agent.Contains(" Android (") => "useragent mismatch",
            Surface.Mobile when string.IsNullOrEmpty(request.Headers["X-IG-Device-ID"]) || string.IsNullOrEmpty(request.Headers["X-IG-Android-ID"]) => "useragent mismatch",
            Surface.Mobile => null,
            _ when !agent.StartsWith("Mozilla/5.0") => "useragent mismatch",
            _ when request.Path.StartsWithSegments("/api/v1") && appId != WebAppId => "useragent mismatch",
            _ => null,
        };
    }

    /// <summary>The session a request carries: the web `sessionid` cookie, or the mobile Bearer token (`IGT:2:` + base64 JSON).</summary>
    public static string? SessionId(HttpRequest request, Surface surface)
    {
        if (surface != Surface.Mobile) return request.Cookies["sessionid"];
        var auth = request.Headers.Authorization.ToString();
        const string prefix = "Bearer IGT:2:";
        if (!auth.StartsWith(prefix)) return null;
        try
        {
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(auth[prefix.Length..])));
            return json.RootElement.TryGetProperty("sessionid", out var id) ? id.GetString() : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    public static string Tag(Surface surface) => surface switch
    {
        Surface.Mobile => "mobile",
        Surface.WebApi => "webapi",
        _ => "web",
    };
}
