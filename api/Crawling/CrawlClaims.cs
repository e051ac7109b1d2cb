using System.Data.Common;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Crawling;

/// <summary>
/// Which worker runs which crawl, when several share one database. A worker claims the next runnable crawl in one
/// atomic step (PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>; SQLite: an IMMEDIATE transaction under its single
/// writer), holds it by a lease it renews while it runs it, and releases it when the run ends or pauses. A
/// claim whose lease ran out belongs to a worker that is gone: the next claim takes it over, and the crawl resumes from
/// its checkpoint. Archive imports are never claimed: they run inside their upload's request; nor are crawls of source
/// Browser: the browser companion holds those (<see cref="Companion.BrowserCrawls"/>).
/// </summary>
public sealed class CrawlClaims(IServiceScopeFactory scopes, IOptions<WorkerOptions> options, TimeProvider clock, ILogger<CrawlClaims> log)
{
    /// <summary>This worker's name in claims and logs.</summary>
    public string Worker { get; } = options.Value.WorkerName;

    /// <summary>A claimed crawl, with the status and holder it had before: a holder whose lease ran out is a worker that died.</summary>
    public sealed record Claim(long CrawlId, CrawlStatus Status, string? PreviousHolder);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Claims the oldest crawl that may run now: queued; running or paused by a rate limit with no live claim (its
    /// worker died or its end could not be saved); paused by an action block that has ended; and, of those waiting for a
    /// session, the ones in <paramref name="sessionRetries"/>. Null when there is none.
    /// </summary>
    public async Task<Claim?> ClaimNextAsync(IReadOnlyCollection<long> sessionRetries, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InstaIntelDb>();
        await FreeClaimsOfGoneProcessesAsync(db, ct);
        var now = Now;
        var until = now + options.Value.LeaseTime;
        var claim = await ClaimInTransactionAsync(db, sessionRetries, now, until, ct);
        if (claim is { PreviousHolder: { } gone }) log.LogWarning("Worker {Worker} takes over crawl {CrawlId} from worker {Gone}, whose lease ran out; it resumes from its checkpoint", Worker, claim.CrawlId, gone);
        else if (claim is { Status: CrawlStatus.Running or CrawlStatus.PausedRateLimited })
            log.LogWarning("Crawl {CrawlId} is marked {Status} but no worker holds it; worker {Worker} resumes it from its checkpoint", claim.CrawlId, claim.Status, Worker);
        else if (claim is not null) log.LogInformation("Worker {Worker} claimed crawl {CrawlId} ({Status})", Worker, claim.CrawlId, claim.Status);
        return claim;
    }

    /// <summary>What renewing a lease found.</summary>
    public enum Renewal { Held, TakenOver, CancelledElsewhere }

    /// <summary>
    /// Extends this worker's lease on a crawl. <see cref="Renewal.TakenOver"/>: another worker holds it now;
    /// <see cref="Renewal.CancelledElsewhere"/>: it was cancelled where the cancel request could not reach this worker
    /// (an API on another machine without Redis). Either way this worker must stop its run.
    /// </summary>
    public async Task<Renewal> RenewAsync(long crawlId, CancellationToken ct)
    {
        var until = Now + options.Value.LeaseTime;
        return await WithDbAsync(async db =>
        {
            if (await db.Crawls.Where(s => s.Id == crawlId && s.ClaimedBy == Worker && s.Status != CrawlStatus.Cancelled)
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseUntil, until), ct) == 1)
                return Renewal.Held;
            return await db.Crawls.AnyAsync(s => s.Id == crawlId && s.ClaimedBy == Worker, ct) ? Renewal.CancelledElsewhere : Renewal.TakenOver;
        });
    }

    /// <summary>
    /// Lets go of a crawl this worker holds (its run ended or paused); nothing when another worker holds it. With
    /// <paramref name="onlyIfEnded"/>, only once the crawl has ended: an unfinished one stays held until its lease runs out.
    /// </summary>
    public Task ReleaseAsync(long crawlId, CancellationToken ct, bool onlyIfEnded = false) =>
        WithDbAsync(db => db.Crawls.Where(s => s.Id == crawlId && s.ClaimedBy == Worker && (!onlyIfEnded || !CrawlStatuses.Active.Contains(s.Status)))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.ClaimedBy, (string?)null).SetProperty(s => s.LeaseUntil, (DateTime?)null), ct));

    /// <summary>At start: claims a previous run under this same name left behind are free again (that run is over).</summary>
    public async Task ReleaseLeftoversAsync(CancellationToken ct)
    {
        var freed = await WithDbAsync(db => db.Crawls.Where(s => s.ClaimedBy == Worker)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.ClaimedBy, (string?)null).SetProperty(s => s.LeaseUntil, (DateTime?)null), ct));
        if (freed > 0) log.LogInformation("Worker {Worker} let go of {Count} crawls its previous run held", Worker, freed);
    }

    /// <summary>
    /// Claims held under a default name (`host:pid`) of a process on this machine that no longer runs are freed at
    /// once rather than when their lease runs out, so a single box restarted after a crash resumes its crawls at once.
    /// </summary>
    private async Task FreeClaimsOfGoneProcessesAsync(InstaIntelDb db, CancellationToken ct)
    {
        var prefix = Environment.MachineName + ":";
        var holders = await db.Crawls.Where(s => s.ClaimedBy != null && s.ClaimedBy.StartsWith(prefix) && s.ClaimedBy != Worker
                && CrawlStatuses.Active.Contains(s.Status))
            .Select(s => s.ClaimedBy!).Distinct().ToListAsync(ct);
        foreach (var gone in holders.Where(WorkerOptions.IsGoneFromThisMachine))
        {
            var freed = await db.Crawls.Where(s => s.ClaimedBy == gone)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseUntil, DateTime.UnixEpoch), ct); // expired: the claim below names the holder
            if (freed > 0) log.LogWarning("Worker {Gone} no longer runs on this machine; its {Count} crawls are free to take over", gone, freed);
        }
    }

    /// <summary>The WHERE clause of a runnable crawl; statuses and sources are stored by name.</summary>
    private static string Runnable(IReadOnlyCollection<long> sessionRetries, DbCommand command)
    {
        var retries = sessionRetries.Take(500).Select((id, i) => Parameter(command, $"@retry{i}", id)).ToList();
        return $"""
            (source IS NULL OR source NOT IN ('{nameof(FollowSource.DataExport)}', '{nameof(FollowSource.Browser)}'))
            AND (status IN ('{nameof(CrawlStatus.Queued)}', '{nameof(CrawlStatus.Running)}', '{nameof(CrawlStatus.PausedRateLimited)}')
                 OR status IN ('{nameof(CrawlStatus.PausedActionBlocked)}', '{nameof(CrawlStatus.PausedUnreachable)}') AND (resumes_at IS NULL OR resumes_at <= @now)
                 {(retries.Count == 0 ? "" : $"OR status = '{nameof(CrawlStatus.PausedNeedsSession)}' AND id IN ({string.Join(", ", retries)})")})
            AND (claimed_by IS NULL OR lease_until IS NULL OR lease_until < @now)
            """;
    }

    /// <summary>
    /// The choice and the claim in one transaction. On PostgreSQL the chosen row is locked and rows other claimers hold
    /// locked are skipped (<c>FOR UPDATE SKIP LOCKED</c>), so concurrent claimers take different crawls without waiting;
    /// on SQLite the transaction starts IMMEDIATE, holding the single writer's lock before it reads.
    /// </summary>
    private async Task<Claim?> ClaimInTransactionAsync(InstaIntelDb db, IReadOnlyCollection<long> sessionRetries, DateTime now, DateTime until, CancellationToken ct)
    {
        var postgres = db.Database.IsNpgsql();
        await using var transaction = await db.Database.BeginTransactionAsync(ct); // Microsoft.Data.Sqlite begins IMMEDIATE
        var connection = db.Database.GetDbConnection();
        Claim? claim;
        await using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction.GetDbTransaction();
            Parameter(select, "@now", now);
            select.CommandText = $"SELECT id, status, claimed_by FROM crawls WHERE {Runnable(sessionRetries, select)} ORDER BY id LIMIT 1"
                + (postgres ? " FOR UPDATE SKIP LOCKED" : "");
            claim = await ReadClaimAsync(select, ct);
        }
        if (claim is null) return null;
        await using (var update = connection.CreateCommand())
        {
            update.Transaction = transaction.GetDbTransaction();
            update.CommandText = "UPDATE crawls SET claimed_by = @worker, lease_until = @until WHERE id = @id";
            Parameter(update, "@worker", Worker);
            Parameter(update, "@until", until);
            Parameter(update, "@id", claim.CrawlId);
            await update.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return claim;
    }

    private static async Task<Claim?> ReadClaimAsync(DbCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        return new Claim(reader.GetInt64(0), Enum.Parse<CrawlStatus>(reader.GetString(1)), reader.IsDBNull(2) ? null : reader.GetString(2));
    }

    private static string Parameter(DbCommand command, string name, object value)
    {
        command.AddParameter(name, value);
        return name;
    }

    private async Task<T> WithDbAsync<T>(Func<InstaIntelDb, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<InstaIntelDb>());
    }
}
