namespace InstaIntel.Api.Instagram;

/// <summary>Settings under `Instagram:`. Base URLs are settings so the same client talks to Instagram or the simulator.</summary>
public sealed class InstagramOptions
{
    public string WebBaseUrl { get; set; } = "https://www.instagram.com";
    public string MobileBaseUrl { get; set; } = "https://i.instagram.com";
    /// <summary>Demo mode: both base URLs point at the bundled simulator, crawled with its demo session.</summary>
    public bool Demo { get; set; }
    public string SimulatorUrl { get; set; } = "http://127.0.0.1:8001";

    /// <summary>The `X-IG-App-ID` the instagram.com web app sends.</summary>
    public string WebAppId { get; set; } = "936619743392459";
    public string MobileAppId { get; set; } = "567067343352427";
    public string WebUserAgent { get; set; } = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    public string MobileUserAgent { get; set; } = "Instagram 269.0.0.18.75 Android (26/8.0.0; 480dpi; 1080x1920; OnePlus; 6T Dev; devitron; qcom; en_US; 314665256)";
    public string FollowersQueryHash { get; set; } = "37479f2b8209594dde7facb0d904896a";
    public string FollowingQueryHash { get; set; } = "58712303d941c6855d4e888c5f0cd22f";
    /// <summary>Page sizes asked for: the web GraphQL source serves at most 50, the mobile API 200.</summary>
    public int WebPageSize { get; set; } = 50;
    public int MobilePageSize { get; set; } = 200;

    public PacingOptions Pacing { get; set; } = new();
    /// <summary>Optional proxies (`http://host:port`), rotated when one is rate limited. Empty: direct connection.</summary>
    public List<string> Proxies { get; set; } = [];
    /// <summary>When set, every raw Instagram response is saved here (secrets redacted) for the simulator to replay.</summary>
    public string? RecordFolder { get; set; }
    /// <summary>How long a rate-limited crawl waits when Instagram gives no Retry-After.</summary>
    public TimeSpan RateLimitPause { get; set; } = TimeSpan.FromMinutes(10);
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Retries of a request that met a server error, timeout or dropped connection, with jittered exponential backoff.</summary>
    public int Retries { get; set; } = 3;
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>How long profile lookups and list pages are reused by later crawls; zero turns the cache off.</summary>
    public TimeSpan CacheFor { get; set; } = TimeSpan.FromHours(24);
    /// <summary>Crawls run at once with the one Instagram session; they share its pacing, so more is rarely faster.</summary>
    public int CrawlsPerSession { get; set; } = 1;
    /// <summary>Memory the in-process cache may hold, in MiB; the oldest answers go first beyond it.</summary>
    public int CacheMemoryMiB { get; set; } = 256;

    public string WebUrl => Demo ? SimulatorUrl : WebBaseUrl;
    public string MobileUrl => Demo ? SimulatorUrl : MobileBaseUrl;
}

/// <summary>
/// Request pacing per session. The defaults stay under what instaloader (about 200 list requests per 11 minutes)
/// and instagrapi (1–3 s between requests) found safe.
/// </summary>
public sealed class PacingOptions
{
    public int RequestsPerMinute { get; set; } = 15;
    public int RequestsPerHour { get; set; } = 600;
    /// <summary>A random extra wait before each request, up to this long.</summary>
    public TimeSpan Jitter { get; set; } = TimeSpan.FromSeconds(2);
}
