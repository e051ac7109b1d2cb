using System.Security.Cryptography;

namespace InstaIntel.Api.Instagram;

/// <summary>
/// The desktop Chrome that web requests present, kept in one place so the user agent, its client hints and its
/// encodings always agree. Values as the browser sends them to instagram.com in 2026 (docs/instagram-shapes.md,
/// §2b); each is a setting under `Instagram:Browser:`.
/// </summary>
public sealed class BrowserFingerprint
{
    public string ChromeVersion { get; set; } = "142.0.7444.176";
    public string Platform { get; set; } = "Windows";
    public string PlatformVersion { get; set; } = "19.0.0";
    public string AppId { get; set; } = "936619743392459";
    public string AsbdId { get; set; } = "359341";
    /// <summary>What the follower dialog asks for per page: the web app's own 12.</summary>
    public int PageSize { get; set; } = 12;
    /// <summary>Chrome's own list; every one of them is decoded (zstd by <see cref="ZstdDecoding"/>).</summary>
    public const string AcceptEncoding = "gzip, deflate, br, zstd";

    public string ChromeMajor => ChromeVersion.Split('.')[0];

    public string UserAgent =>
        $"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{ChromeMajor}.0.0.0 Safari/537.36";

    public string ClientHints => $"\"Chromium\";v=\"{ChromeMajor}\", \"Google Chrome\";v=\"{ChromeMajor}\", \"Not_A Brand\";v=\"99\"";

    public string FullVersionList =>
        $"\"Chromium\";v=\"{ChromeVersion}\", \"Google Chrome\";v=\"{ChromeVersion}\", \"Not_A Brand\";v=\"99.0.0.0\"";

    /// <summary>
    /// The headers every fetch the instagram.com app makes carries, in the browser's order, before the session's own.
    /// <paramref name="webSessionId"/> is the page's `x-web-session-id`, one per open tab.
    /// </summary>
    public IEnumerable<(string Name, string Value)> Headers(string referer, string webSessionId, string acceptLanguage)
    {
        yield return ("sec-ch-ua-full-version-list", FullVersionList);
        yield return ("sec-ch-ua-platform", $"\"{Platform}\"");
        yield return ("sec-ch-ua", ClientHints);
        yield return ("sec-ch-ua-model", "\"\"");
        yield return ("sec-ch-ua-mobile", "?0");
        yield return ("X-IG-App-ID", AppId);
        yield return ("X-Requested-With", "XMLHttpRequest");
        yield return ("Accept", "*/*");
        yield return ("X-ASBD-ID", AsbdId);
        yield return ("User-Agent", UserAgent);
        yield return ("X-Web-Session-ID", webSessionId);
        yield return ("sec-ch-prefers-color-scheme", "light");
        yield return ("sec-ch-ua-platform-version", $"\"{PlatformVersion}\"");
        yield return ("Sec-Fetch-Site", "same-origin");
        yield return ("Sec-Fetch-Mode", "cors");
        yield return ("Sec-Fetch-Dest", "empty");
        yield return ("Referer", referer);
        yield return ("Accept-Encoding", AcceptEncoding);
        yield return ("Accept-Language", acceptLanguage);
        yield return ("priority", "u=1, i");
    }

    /// <summary>A new `x-web-session-id` as the web app makes one: three colon-separated groups of six base-36 characters.</summary>
    public static string NewWebSessionId() => string.Join(':', Enumerable.Range(0, 3).Select(_ => RandomBase36(6)));

    private static string RandomBase36(int length) =>
        new(RandomNumberGenerator.GetItems("abcdefghijklmnopqrstuvwxyz0123456789".AsSpan(), length));
}
