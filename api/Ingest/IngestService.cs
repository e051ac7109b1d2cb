using System.Data.Common;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Followers;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace InstaIntel.Api.Ingest;

/// <summary>
/// Takes a running crawl's pages and, when the crawl completes, applies its delta to the edge tables.
/// Pages are appended to <see cref="StagedProfile"/> rows; nothing touches the edges until completion, so a failed,
/// cancelled or partial crawl never marks anyone lost. This class holds what every database keeps alike: the state
/// checks, the checkpoints, the order of a completion's steps and what a succeeded or stopped crawl records.
/// <see cref="SqliteIngest"/> and <see cref="PostgresIngest"/> do the bulk work, the hot path of every crawl, each in
/// its database's fastest way; <see cref="IngestSetup"/> registers the one of the configured provider. A crawl's end
/// changes its state, so the app ends crawls through <see cref="CrawlService"/>, which publishes the change with it;
/// the ending methods here are internal for that (tests and the bench stage data through them directly).
/// </summary>
public abstract class IngestService(InstaIntelDb db, TimeProvider clock, CompletionOptions? options)
{
    private protected InstaIntelDb Db => db;

    private protected CompletionOptions Options { get; } = options ?? new CompletionOptions();

    /// <summary>
    /// Stores one page and the checkpoint to resume after it, in one transaction. A profile the crawl already listed
    /// is stored again but counts once when the crawl ends. Returns how many profiles the page held.
    /// </summary>
    public async Task<int> IngestPageAsync(long crawlId, FollowList list, IReadOnlyList<ProfileData> page, string? nextCheckpoint, CancellationToken ct = default)
    {
        await WhileTakingPagesAsync(crawlId, async (connection, tx) =>
        {
            await StageAsync(connection, tx, crawlId, list, page, ct);
            var (fetched, checkpoint) = list == FollowList.Followers
                ? ("followers_fetched", "followers_checkpoint")
                : ("following_fetched", "following_checkpoint");
            await ExecuteAsync(connection, tx, $"UPDATE crawls SET {fetched} = {fetched} + @count, {checkpoint} = @checkpoint WHERE id = @id", ct,
                ("@count", page.Count), ("@checkpoint", nextCheckpoint), ("@id", crawlId));
        }, ct);
        return page.Count;
    }

    /// <summary>
    /// Ends a list read head-only: its checkpoint says done and its method HeadOnly, so completion carries everyone
    /// it did not list over as present instead of marking them lost.
    /// </summary>
    public Task EndHeadOnlyAsync(long crawlId, FollowList list, string doneCheckpoint, CancellationToken ct = default) =>
        WhileTakingPagesAsync(crawlId, (connection, tx) =>
        {
            var (checkpoint, method) = list == FollowList.Followers ? ("followers_checkpoint", "followers_method") : ("following_checkpoint", "following_method");
            return ExecuteAsync(connection, tx, $"UPDATE crawls SET {checkpoint} = @checkpoint, {method} = 'HeadOnly' WHERE id = @id", ct,
                ("@checkpoint", doneCheckpoint), ("@id", crawlId));
        }, ct);

    /// <summary>Runs <paramref name="work"/> in one transaction, once the crawl is known to be running or paused.</summary>
    private async Task WhileTakingPagesAsync(long crawlId, Func<DbConnection, DbTransaction, Task> work, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        await using var tx = await connection.BeginTransactionAsync(ct);
        await EnsureStatusAsync(connection, tx, crawlId, ct, CrawlStatus.Running, CrawlStatus.PausedRateLimited);
        await work(connection, tx);
        await tx.CommitAsync(ct);
    }

    /// <summary>Appends the page's profiles to the crawl's staged rows, inside the page's transaction.</summary>
    private protected abstract Task StageAsync(DbConnection connection, DbTransaction tx, long crawlId, FollowList list, IReadOnlyList<ProfileData> page, CancellationToken ct);

    /// <summary>
    /// Applies the crawl's delta to every list it covers and marks it succeeded, in the steps of
    /// <see cref="ICompletionSteps"/>; readers see the account before it or after it. Calling it again after an
    /// interrupted attempt finishes it to the same result.
    /// </summary>
    /// <param name="seenAt">When the lists were as given: now for a crawl, the day Instagram made it for an archive.</param>
    /// <param name="alsoRecord">Written in the last transaction (the alert outbox's record of the crawl's end).</param>
    internal async Task<Crawl> CompleteAsync(long crawlId, FollowSource? source = null, CancellationToken ct = default, DateTime? seenAt = null,
        Func<DbTransaction, CancellationToken, Task>? alsoRecord = null)
    {
        var now = DateTime.SpecifyKind(seenAt ?? clock.GetUtcNow().UtcDateTime, DateTimeKind.Utc);
        await using (var completion = await StartCompletionAsync(crawlId, ct))
        {
            await completion.ForgetEarlierAttemptAsync(ct);
            var step = System.Diagnostics.Stopwatch.StartNew();
            void Took(string name) { Options.OnStep(name, step.Elapsed, completion.TakeLongestTransaction()); step.Restart(); }
            await completion.MergeProfilesAsync(now, ct);
            Took("profiles");
            await completion.AdoptUsernameOnlyAsync(ct);
            Took("adoption");
            var deltas = await completion.PlanAsync(ct);
            Took("plan");
            await completion.LogChangesAsync(ct);
            Took("change log");
            await completion.WriteEdgesAsync(ct);
            Took("edges ahead");
            await completion.FinishAsync(async (connection, tx) =>
            {
                // Stopped while this completion ran (possible on SQLite): the crawl stays stopped.
                await EnsureStatusAsync(connection, tx, crawlId, ct, CrawlStatus.Running);
                await MarkSucceededAsync(connection, tx, completion.Crawl, deltas, source, now, ct);
                if (alsoRecord is not null) await alsoRecord(tx, ct);
            }, ct);
            Took("last transaction");
            await completion.CleanUpAsync(ct);
            Took("clean-up");
        }
        return await db.Crawls.AsNoTracking().SingleAsync(s => s.Id == crawlId, ct);
    }

    /// <summary>Checks that the crawl is running and readies its completion on this context's connection.</summary>
    private protected abstract Task<ICompletionSteps> StartCompletionAsync(long crawlId, CancellationToken ct);

    /// <summary>The status flip with the counts of each list, and the account's last crawl, in the last transaction.</summary>
    private static async Task MarkSucceededAsync(DbConnection connection, DbTransaction tx, Crawl crawl, IReadOnlyDictionary<FollowList, ListDelta> deltas,
        FollowSource? source, DateTime now, CancellationToken ct)
    {
        var followers = deltas.GetValueOrDefault(FollowList.Followers);
        var following = deltas.GetValueOrDefault(FollowList.Following);
        await ExecuteAsync(connection, tx, """
            UPDATE crawls SET status = 'Succeeded', finished_at = @now,
                created_at = CASE WHEN created_at < @now THEN created_at ELSE @now END,
                started_at = CASE WHEN started_at < @now THEN started_at ELSE @now END,
                resumes_at = NULL, source = coalesce(@source, source),
                followers_total = @ft, followers_new = @fn, followers_lost = @fl,
                following_total = @gt, following_new = @gn, following_lost = @gl,
                followers_method = CASE WHEN (lists & 1) <> 0 THEN coalesce(followers_method, 'Full') END,
                following_method = CASE WHEN (lists & 2) <> 0 THEN coalesce(following_method, 'Full') END
            WHERE id = @id
            """, ct, ("@now", now), ("@source", source?.ToString()),
            ("@ft", followers?.Total), ("@fn", followers?.New), ("@fl", followers?.Lost),
            ("@gt", following?.Total), ("@gn", following?.New), ("@gl", following?.Lost), ("@id", crawl.Id));
        await ExecuteAsync(connection, tx, "UPDATE accounts SET last_crawled_at = @now WHERE id = @account", ct, ("@now", now), ("@account", crawl.AccountId));
    }

    /// <summary>
    /// Ends a crawl without touching any edge (an incomplete list must not mark anyone lost). The profiles it saw are
    /// kept, so they stay findable.
    /// </summary>
    internal async Task<Crawl> StopAsync(long crawlId, CrawlStatus status, string? error = null, CancellationToken ct = default,
        Func<DbTransaction, CancellationToken, Task>? alsoRecord = null)
    {
        if (status is not (CrawlStatus.Failed or CrawlStatus.Cancelled or CrawlStatus.Incomplete))
            throw new ArgumentOutOfRangeException(nameof(status), status, "A crawl stops as Failed, Cancelled or Incomplete.");
        var now = clock.GetUtcNow().UtcDateTime;
        await MergeProfilesSeenAsync(crawlId, now, ct);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var changed = await db.Crawls
                .Where(s => s.Id == crawlId && CrawlStatuses.Active.Contains(s.Status))
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, status).SetProperty(s => s.FinishedAt, now)
                    .SetProperty(s => s.Error, error).SetProperty(s => s.ResumesAt, (DateTime?)null), ct);
            if (changed == 0) throw new CrawlStateException(crawlId, "it is not queued, running or paused");
            // What an interrupted completion of this crawl logged is never shown (the crawl did not succeed): drop it.
            await db.FollowChanges.Where(c => c.CrawlId == crawlId).ExecuteDeleteAsync(ct);
            if (alsoRecord is not null) await alsoRecord(tx.GetDbTransaction(), ct);
            await DiscardWhileStoppingAsync(crawlId, ct);
            await tx.CommitAsync(ct);
        }
        await DiscardOnceStoppedAsync(crawlId, ct);
        return await db.Crawls.AsNoTracking().SingleAsync(s => s.Id == crawlId, ct);
    }

    /// <summary>What a stopping crawl saw stays findable: its staged profiles are merged before its status changes.</summary>
    private protected abstract Task MergeProfilesSeenAsync(long crawlId, DateTime now, CancellationToken ct);

    /// <summary>In the stop's transaction: what of the crawl's staging goes with it.</summary>
    private protected virtual Task DiscardWhileStoppingAsync(long crawlId, CancellationToken ct) => Task.CompletedTask;

    /// <summary>After the stop has committed: what of the crawl's staging goes then.</summary>
    private protected virtual Task DiscardOnceStoppedAsync(long crawlId, CancellationToken ct) => Task.CompletedTask;

    /// <summary>The status read asks PostgreSQL to lock the crawl's row; SQLite, whose writer is one, needs no such lock.</summary>
    private protected virtual bool LocksCrawlRow => false;

    /// <summary>Inside a transaction, where <see cref="LocksCrawlRow"/>, the crawl's row stays locked until it ends, so no stop crosses the step.</summary>
    private protected async Task EnsureStatusAsync(DbConnection connection, DbTransaction? tx, long crawlId, CancellationToken ct, params CrawlStatus[] allowed)
    {
        await using var read = connection.CreateCommand();
        read.Transaction = tx;
        read.CommandText = "SELECT status FROM crawls WHERE id = @id" + (LocksCrawlRow && tx is not null ? " FOR UPDATE" : "");
        read.AddParameter("@id", crawlId);
        var status = await read.ExecuteScalarAsync(ct) as string
            ?? throw new CrawlStateException(crawlId, "it does not exist");
        if (!allowed.Any(a => a.ToString() == status))
            throw new CrawlStateException(crawlId, $"it is {status}");
    }

    internal static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.AddParameter(name, value);
        return await command.ExecuteNonQueryAsync(ct);
    }
}

public sealed class CrawlStateException(long crawlId, string reason)
    : InvalidOperationException($"Crawl {crawlId} cannot take this step: {reason}.");
