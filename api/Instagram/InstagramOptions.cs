namespace InstaIntel.Api.Instagram;

/// <summary>Settings under `Instagram:`. Base URLs are settings so the same client talks to Instagram or the simulator.</summary>
public sealed class InstagramOptions
{
    public string WebBaseUrl { get; set; } = "https://www.instagram.com";
    public string MobileBaseUrl { get; set; } = "https://i.instagram.com";
    /// <summary>Demo mode: both base URLs point at the bundled simulator, crawled with its demo session.</summary>
    public bool Demo { get; set; }
    public string SimulatorUrl { get; set; } = "http://127.0.0.1:8001";

    /// <summary>
    /// The list sources in the order they are tried; a source that breaks hands the list to the next one of the
    /// session's own client (a browser session: REST, then the legacy query hashes; an app session: v1, then the app's
    /// private GraphQL), then, only for a session that allows it, the other client's.
    /// </summary>
    public List<FollowSource> Sources { get; set; } = [];
    public IReadOnlyList<FollowSource> SourceOrder =>
        Sources.Count > 0 ? Sources.Distinct().ToList() : [FollowSource.WebApi, FollowSource.MobileApi, FollowSource.MobileGraphql, FollowSource.WebGraphql];

    /// <summary>The sources <paramref name="session"/> reads lists from, its own client's first.</summary>
    public IReadOnlyList<FollowSource> SourcesFor(InstagramSession session) =>
        SourceOrder.Where(s => s.BelongsTo(session.Client)).Concat(SourceOrder.Where(s => !s.BelongsTo(session.Client) && session.MayUse(s))).ToList();

    /// <summary>The locale both clients present (`en_US`), and the time zone whose offset the app reports; empty: this machine's.</summary>
    public string Locale { get; set; } = "en_US";
    public string TimeZone { get; set; } = "";
    public string AcceptLanguage => $"{Locale.Replace('_', '-')},{Locale.Split('_')[0]};q=0.9";
    public TimeSpan UtcOffset(DateTimeOffset now) =>
        (TimeZone.Length > 0 ? TimeZoneInfo.FindSystemTimeZoneById(TimeZone) : TimeZoneInfo.Local).GetUtcOffset(now);
    /// <summary>The order the app's followers list is asked in (`date_followed_latest`); empty, as the app sends it unless a person picks a sort.</summary>
    public string FollowersOrder { get; set; } = "";

    /// <summary>What the desktop browser sends (docs/instagram-shapes.md, §2b).</summary>
    public BrowserFingerprint Browser { get; set; } = new();
    /// <summary>What the Android app sends (docs/instagram-shapes.md, §3).</summary>
    public AndroidApp Android { get; set; } = new();
    public string FollowersQueryHash { get; set; } = "37479f2b8209594dde7facb0d904896a";
    public string FollowingQueryHash { get; set; } = "58712303d941c6855d4e888c5f0cd22f";
    /// <summary>The page size the legacy query hashes are asked for (the browser's and the app's are in their fingerprints).</summary>
    public int WebPageSize { get; set; } = 50;
    /// <summary>A list that ends below this share of the profile's count is an incomplete crawl (Instagram cut it short).</summary>
    public double CompleteShare { get; set; } = 0.97;
    /// <summary>Head-only refreshes and how often a full crawl runs anyway (`Instagram:Refresh:*`).</summary>
    public Crawling.RefreshOptions Refresh { get; set; } = new();
    /// <summary>At most this many people who left are looked up after a crawl to tell why (`Instagram:LostChecksPerCrawl`); the rest wait for the next crawl.</summary>
    public int LostChecksPerCrawl { get; set; } = 100;
    /// <summary>How long a session rests after an action block (`feedback_required`, spam) before it is used again.</summary>
    public TimeSpan ActionBlockPause { get; set; } = TimeSpan.FromHours(24);
    /// <summary>How long a crawl rests when every surface its session may use broke, before it tries again.</summary>
    public TimeSpan SurfacesDownPause { get; set; } = TimeSpan.FromHours(6);
    /// <summary>How long a crawl first waits when Instagram does not answer at all; each time again it waits twice as long, up to <see cref="MaxUnreachablePause"/>.</summary>
    public TimeSpan UnreachablePause { get; set; } = TimeSpan.FromMinutes(1);
    public TimeSpan MaxUnreachablePause { get; set; } = TimeSpan.FromMinutes(30);
    /// <summary>A session checked more recently than this is not checked again before a crawl.</summary>
    public TimeSpan HealthCheckEvery { get; set; } = TimeSpan.FromHours(1);
    /// <summary>How often paused crawls are looked at: an ended action block, or a session that works again.</summary>
    public TimeSpan ResumeCheckEvery { get; set; } = TimeSpan.FromMinutes(1);

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
/// Request pacing per session, kept in the database's request ledger so every process shares it (<see cref="RequestLedger"/>).
/// These values are ceilings: a session may be set slower in Settings, never faster. Gaps between requests are drawn
/// around the mean the per-minute and per-hour rates imply (<see cref="PaceRule"/>), and on each surface no more than
/// instaloader's sliding window for it (docs/instagram-shapes.md §6): 75 requests per 11 minutes for
/// www.instagram.com's REST calls, 199 per 30 minutes for i.instagram.com, 200 per 11 minutes per GraphQL hash.
/// </summary>
public sealed class PacingOptions
{
    public int RequestsPerMinute { get; set; } = 6;
    public int RequestsPerHour { get; set; } = 390;
    /// <summary>Requests per session in any 24 hours; past it the crawl pauses until the oldest of them is a day old.</summary>
    public int DailyCap { get; set; } = 2_000;
    /// <summary>A random extra wait added to each drawn gap, up to this long.</summary>
    public TimeSpan Jitter { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>A request whose slot is further off than this pauses its crawl (rate limited, with the resume time) instead of waiting.</summary>
    public TimeSpan LongestWait { get; set; } = TimeSpan.FromMinutes(15);
    public SurfaceWindow WebApi { get; set; } = new() { Requests = 75, Window = TimeSpan.FromMinutes(11) };
    public SurfaceWindow MobileApi { get; set; } = new() { Requests = 199, Window = TimeSpan.FromMinutes(30) };
    public SurfaceWindow WebGraphql { get; set; } = new() { Requests = 200, Window = TimeSpan.FromMinutes(11) };
    /// <summary>The app's private GraphQL follow lists are served from i.instagram.com: the mobile window by default.</summary>
    public SurfaceWindow MobileGraphql { get; set; } = new() { Requests = 199, Window = TimeSpan.FromMinutes(30) };

    public SurfaceWindow WindowOf(FollowSource surface) => surface switch
    {
        FollowSource.MobileApi => MobileApi,
        FollowSource.WebGraphql => WebGraphql,
        FollowSource.MobileGraphql => MobileGraphql,
        _ => WebApi,
    };

    /// <summary>For the simulator, whose requests cost nothing.</summary>
    public static PacingOptions Unpaced() => new()
    {
        RequestsPerMinute = 1_000_000,
        RequestsPerHour = 1_000_000,
        DailyCap = 1_000_000,
        Jitter = TimeSpan.Zero,
        WebApi = SurfaceWindow.Unlimited,
        MobileApi = SurfaceWindow.Unlimited,
        WebGraphql = SurfaceWindow.Unlimited,
        MobileGraphql = SurfaceWindow.Unlimited,
    };
}

/// <summary>At most <see cref="Requests"/> in any <see cref="Window"/> on one surface, per session.</summary>
public sealed class SurfaceWindow
{
    public int Requests { get; set; }
    public TimeSpan Window { get; set; }

    public static SurfaceWindow Unlimited => new() { Requests = 1_000_000, Window = TimeSpan.FromMinutes(1) };
}
