using InstaIntel.Api.Counts;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Ingest;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.LostReasons;
using InstaIntel.Api.Persistence;
using InstaIntel.Api.Realtime;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Crawling;

/// <summary>
/// Everything a <see cref="Crawler"/> uses. Resolved in the crawl's own scope, so the database and the services over
/// it (the crawl's record, its pages, counts, lost-reason checks) live exactly as long as one crawl.
/// </summary>
public sealed record CrawlerServices(
    InstagramClient Instagram,
    InstagramCache Cache,
    SessionPool Sessions,
    SessionGuard Guard,
    CrawlService Crawls,
    IngestService Ingest,
    InstaIntelDb Db,
    CountRecorder Counts,
    LostChecks LostChecks,
    CrawlNotifier Notifier,
    OfflineWaits OfflineWaits,
    IOptions<InstagramOptions> Options,
    TimeProvider Clock,
    ILogger<Crawler> Log);
