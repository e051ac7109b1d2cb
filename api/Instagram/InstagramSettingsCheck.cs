using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Instagram;

/// <summary>The `Instagram:` settings that would otherwise fail each crawl (Polly refuses its options) or pace it to nothing.</summary>
public sealed class InstagramSettingsCheck : IValidateOptions<InstagramOptions>
{
    public ValidateOptionsResult Validate(string? name, InstagramOptions o)
    {
        var problems = new List<string>();
        void Check(bool ok, string problem)
        {
            if (!ok) problems.Add(problem);
        }

        Check(o.Retries >= 1, $"Instagram:Retries is {o.Retries}: it must be 1 or more (retries after a server error, timeout or dropped connection).");
        Check(o.RetryDelay >= TimeSpan.Zero && o.RetryDelay <= TimeSpan.FromDays(1), $"Instagram:RetryDelay is {o.RetryDelay}: it must be from 00:00:00 to one day.");
        Check(o.RequestTimeout >= TimeSpan.FromMilliseconds(10) && o.RequestTimeout <= TimeSpan.FromDays(1),
            $"Instagram:RequestTimeout is {o.RequestTimeout}: it must be from 00:00:00.010 to one day.");
        Check(o.RateLimitPause > TimeSpan.Zero, $"Instagram:RateLimitPause is {o.RateLimitPause}: it must be longer than zero.");
        Check(o.WebPageSize >= 1, $"Instagram:WebPageSize is {o.WebPageSize}: it must be 1 or more.");
        Check(o.Android.PageSize is >= 1 and <= 200, $"Instagram:Android:PageSize is {o.Android.PageSize}: the app asks 1 to 200 (Instagram refuses more).");
        Check(o.Browser.PageSize is >= 1 and <= 50, $"Instagram:Browser:PageSize is {o.Browser.PageSize}: the web app asks 12; Instagram refuses more than 50.");
        Check(o.TimeZone.Length == 0 || TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), $"Instagram:TimeZone is \"{o.TimeZone}\": no such time zone on this machine.");
        Check(o.CompleteShare is > 0 and <= 1, $"Instagram:CompleteShare is {o.CompleteShare}: it must be above 0 and at most 1.");
        Check(o.LostChecksPerCrawl >= 0, $"Instagram:LostChecksPerCrawl is {o.LostChecksPerCrawl}: it must be 0 (no look-ups) or more.");
        Check(o.Refresh.FullEvery >= TimeSpan.Zero, $"Instagram:Refresh:FullEvery is {o.Refresh.FullEvery}: it must be zero (every crawl reads whole lists) or longer.");
        Check(o.Refresh.KnownRun >= 0, $"Instagram:Refresh:KnownRun is {o.Refresh.KnownRun}: it must be 0 (one page of the source) or more.");
        Check(o.ActionBlockPause > TimeSpan.Zero, $"Instagram:ActionBlockPause is {o.ActionBlockPause}: it must be longer than zero.");
        Check(o.HealthCheckEvery > TimeSpan.Zero, $"Instagram:HealthCheckEvery is {o.HealthCheckEvery}: it must be longer than zero.");
        Check(o.ResumeCheckEvery >= TimeSpan.FromSeconds(1), $"Instagram:ResumeCheckEvery is {o.ResumeCheckEvery}: it must be one second or longer.");
        Check(!o.Sources.Contains(FollowSource.DataExport) && !o.Sources.Contains(FollowSource.Browser),
            "Instagram:Sources lists DataExport or Browser: archives are uploaded and the browser companion feeds its own crawls; neither is crawled by the server. List WebApi, MobileApi and/or WebGraphql.");
        foreach (var surface in Enum.GetValues<FollowSource>().Where(s => s is not (FollowSource.DataExport or FollowSource.Browser)))
        {
            var window = o.Pacing.WindowOf(surface);
            Check(window.Requests >= 1 && window.Window > TimeSpan.Zero,
                $"Instagram:Pacing:{surface} allows {window.Requests} requests per {window.Window}: both must be above zero.");
        }
        Check(o.Pacing.RequestsPerMinute >= 1, $"Instagram:Pacing:RequestsPerMinute is {o.Pacing.RequestsPerMinute}: it must be 1 or more.");
        Check(o.Pacing.RequestsPerHour >= 1, $"Instagram:Pacing:RequestsPerHour is {o.Pacing.RequestsPerHour}: it must be 1 or more.");
        Check(o.Pacing.DailyCap >= 1, $"Instagram:Pacing:DailyCap is {o.Pacing.DailyCap}: it must be 1 or more.");
        Check(o.Pacing.LongestWait > TimeSpan.Zero, $"Instagram:Pacing:LongestWait is {o.Pacing.LongestWait}: it must be longer than zero.");
        Check(o.Pacing.Jitter >= TimeSpan.Zero, $"Instagram:Pacing:Jitter is {o.Pacing.Jitter}: it must not be negative.");
        Check(o.CacheFor >= TimeSpan.Zero, $"Instagram:CacheFor is {o.CacheFor}: it must be zero (off) or longer.");
        Check(o.CacheMemoryMiB >= 1, $"Instagram:CacheMemoryMiB is {o.CacheMemoryMiB}: it must be 1 or more.");
        Check(o.CrawlsPerSession >= 1, $"Instagram:CrawlsPerSession is {o.CrawlsPerSession}: it must be 1 or more.");
        foreach (var (setting, url) in new[] { ("WebBaseUrl", o.WebBaseUrl), ("MobileBaseUrl", o.MobileBaseUrl), ("SimulatorUrl", o.SimulatorUrl) })
            Check(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https",
                $"Instagram:{setting} is \"{url}\": it must be an absolute http:// or https:// URL.");
        foreach (var (proxy, i) in o.Proxies.Select((p, i) => (p, i)).Where(p => p.p.Length > 0))
            Check(Uri.TryCreate(proxy, UriKind.Absolute, out _), $"Instagram:Proxies:{i} is \"{proxy}\": it must be a URL such as http://host:port.");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
