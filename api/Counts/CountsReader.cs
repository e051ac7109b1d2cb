using InstaIntel.Api.Accounts;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Jobs;
using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Counts;

/// <summary>What one run of the daily counts read did.</summary>
public sealed record CountsRun(int Read, int Failed, int Renamed, string? Problem);

/// <summary>
/// The daily counts read: one profile request per tracked account (both levels), each through its session's pacing.
/// The accounts are dealt round-robin to every working session; each session reads its share in order, each account
/// at its own slot of <see cref="CountsOptions.Window"/> plus up to one slot of jitter, so the reads are spread over
/// the window rather than sent in a burst. An account read within <see cref="CountsOptions.SkipWithin"/> is skipped,
/// so a repeated or caught-up run never reads an account twice in a day.
/// </summary>
public sealed class CountsReader(IServiceScopeFactory scopes, InstaIntelDb db, SessionPool sessions, InstagramClient instagram,
    IOptions<CountsOptions> options, IOptions<InstagramOptions> instagramOptions, TimeProvider clock, ILogger<CountsReader> log)
{
    public const string JobName = "daily-counts";

    public async Task<CountsRun> RunAsync(bool spread, CancellationToken ct)
    {
        var start = clock.GetUtcNow().UtcDateTime;
        var recent = start - options.Value.SkipWithin;
        var due = await db.Accounts.AsNoTracking()
            .Where(a => !db.CountPoints.Any(p => p.AccountId == a.Id && p.Source == CountSource.Daily && p.At > recent))
            .OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);

        var usable = new List<InstagramSession>();
        string? problem = null;
        while (due.Count > 0)
        {
            try { usable.Add(await sessions.AcquireAsync([.. usable.Select(s => s.Key)], ct)); }
            catch (InstagramException e) { problem = usable.Count == 0 ? e.Message : null; break; }
        }

        var slot = spread && due.Count > 0 ? options.Value.Window / due.Count : TimeSpan.Zero;
        var shares = usable.Select((session, i) => ReadShareAsync(session,
            [.. due.Select((id, index) => (id, index)).Where(a => a.index % usable.Count == i)
                .Select(a => (a.id, start + slot * a.index + slot * Random.Shared.NextDouble()))], ct));
        var results = await Task.WhenAll(shares);
        var run = new CountsRun(results.Sum(r => r.Read), results.Sum(r => r.Failed) + (usable.Count == 0 ? due.Count : 0),
            results.Sum(r => r.Renamed), problem);
        await RecordRunAsync(start, ct);
        log.LogInformation("Daily counts read {Read} accounts ({Failed} failed, {Renamed} renamed){Problem}", run.Read, run.Failed, run.Renamed,
            problem is null ? "" : ": " + problem);
        return run;
    }

    /// <summary>One session's accounts, each at its time; a session problem ends the share (the rest wait for the next run).</summary>
    private async Task<CountsRun> ReadShareAsync(InstagramSession session, IReadOnlyList<(long Id, DateTime At)> accounts, CancellationToken ct)
    {
        await Task.Yield();
        await using var scope = scopes.CreateAsyncScope();
        var shareDb = scope.ServiceProvider.GetRequiredService<InstaIntelDb>();
        var recorder = scope.ServiceProvider.GetRequiredService<CountRecorder>();
        int read = 0, failed = 0, renamed = 0;
        for (var i = 0; i < accounts.Count; i++)
        {
            var wait = accounts[i].At - clock.GetUtcNow().UtcDateTime;
            if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, ct);
            var account = await shareDb.Accounts.SingleOrDefaultAsync(a => a.Id == accounts[i].Id, ct);
            if (account is null) continue; // deleted meanwhile
            try
            {
                var (profile, newName) = await ReadAsync(account, session, ct);
                if (newName) renamed++;
                recorder.Observe(account, profile, CountSource.Daily);
                await shareDb.SaveChangesAsync(ct);
                read++;
            }
            catch (RateLimitedException e)
            {
                // Wait as a crawl would, then read the same account again.
                await Task.Delay(e.RetryAfter ?? instagramOptions.Value.RateLimitPause, clock, ct);
                i--;
            }
            catch (InstagramException e) when (e is SessionProblemException or ActionBlockedException)
            {
                await sessions.ReportAsync(session.Key, e, CancellationToken.None);
                log.LogWarning("Daily counts stopped for session {Session}: {Reason}", session.Key, e.Message);
                return new CountsRun(read, failed + accounts.Count - i, renamed, e.Message);
            }
            catch (Exception e) when (e is InstagramException || InstagramUnreachable.Is(e))
            {
                log.LogWarning("Daily counts of @{Username} failed: {Reason}", account.Username, e.Message);
                shareDb.ChangeTracker.Clear();
                failed++;
            }
        }
        return new CountsRun(read, failed, renamed, null);
    }

    /// <summary>
    /// The account's profile by its username; when that username is gone and the account's Instagram id is known, the
    /// id's current username is asked for (one more request, only on a rename) and read instead.
    /// </summary>
    private async Task<(InstagramProfile Profile, bool Renamed)> ReadAsync(Account account, InstagramSession session, CancellationToken ct)
    {
        try
        {
            return (await instagram.GetProfileAsync(account.Username, session, ct), false);
        }
        catch (UserNotFoundException) when (account.Pk is { } pk)
        {
            var username = await instagram.GetUsernameAsync(pk, account.Username, session, ct);
            if (string.Equals(username, account.Username, StringComparison.OrdinalIgnoreCase)) throw;
            return (await instagram.GetProfileAsync(username, session, ct), true);
        }
    }

    private async Task RecordRunAsync(DateTime at, CancellationToken ct)
    {
        var run = await db.JobRuns.SingleOrDefaultAsync(r => r.Name == JobName, ct);
        if (run is null) db.JobRuns.Add(new JobRun { Name = JobName, LastRunAt = at });
        else run.LastRunAt = at;
        await db.SaveChangesAsync(ct);
    }
}
