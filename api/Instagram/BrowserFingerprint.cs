namespace InstaIntel.Api.Instagram;

/// <summary>
/// The desktop Chrome that web requests present, kept in one place so the user agent and its client hints always
/// agree. Values as the browser sent them in 2026 (docs/instagram-shapes.md, §2b); each is a setting under
/// `Instagram:Browser:`.
/// </summary>
public sealed class BrowserFingerprint
{
    public string ChromeMajor { get; set; } = "142";
    public string Platform { get; set; } = "Windows";
    public string AppId { get; set; } = "936619743392459";
    public string AsbdId { get; set; } = "359341";

    public string UserAgent =>
        $"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{ChromeMajor}.0.0.0 Safari/537.36";

    public string ClientHints => $"\"Chromium\";v=\"{ChromeMajor}\", \"Google Chrome\";v=\"{ChromeMajor}\", \"Not_A Brand\";v=\"99\"";

    /// <summary>The headers every fetch the instagram.com app makes carries, before the session's own.</summary>
    public IEnumerable<(string Name, string Value)> Headers(string referer)
    {
        yield return ("User-Agent", UserAgent);
        yield return ("Accept", "*/*");
        yield return ("Accept-Language", "en-US,en;q=0.9");
        yield return ("X-IG-App-ID", AppId);
        yield return ("X-ASBD-ID", AsbdId);
        yield return ("X-Requested-With", "XMLHttpRequest");
        yield return ("Referer", referer);
        yield return ("Sec-Fetch-Site", "same-origin");
        yield return ("Sec-Fetch-Mode", "cors");
        yield return ("Sec-Fetch-Dest", "empty");
        yield return ("sec-ch-ua", ClientHints);
        yield return ("sec-ch-ua-mobile", "?0");
        yield return ("sec-ch-ua-platform", $"\"{Platform}\"");
    }
}
