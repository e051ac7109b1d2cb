using System.Data.Common;
using InstaIntel.Api.Archives;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Insights;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace InstaIntel.Api.Ingest;

/// <summary>
/// Takes a running crawl's pages and, when the crawl completes, applies its delta to the edge tables.
/// Pages are appended to <see cref="StagedProfile"/> rows; nothing touches the edges until completion, so a failed,
/// cancelled or partial crawl never marks anyone lost. The bulk work uses prepared SQLite statements: this is the hot
/// path of every crawl (IngestService.Postgres.cs has PostgreSQL's). A crawl's end changes its state, so the app ends
/// crawls through <see cref="CrawlService"/>, which publishes the change with it; the ending methods here are internal for that
/// (tests and the bench seed data through them directly).
/// </summary>
public sealed partial class IngestService(InstaIntelDb db, TimeProvider clock)
{
    /// <summary>Records a crawl that is already running, with no queue and no event: how tests and the bench stage data.</summary>
    internal async Task<Crawl> BeginAsync(long accountId, CrawlLists lists, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Claimed by its caller for a day: a worker polling for crawls whose worker died would otherwise take it over.
        var crawl = new Crawl
        {
            AccountId = accountId,
            Lists = lists,
            Status = CrawlStatus.Running,
            CreatedAt = now,
            StartedAt = now,
            ClaimedBy = "staged directly",
            LeaseUntil = now.AddDays(1),
        };
        db.Crawls.Add(crawl);
        await db.SaveChangesAsync(ct);
        return crawl;
    }

    /// <summary>
    /// Stores one page and the checkpoint to resume after it, in one transaction. A profile the crawl already listed
    /// is stored again but counts once when the crawl ends. Returns how many profiles the page held.
    /// </summary>
    public async Task<int> IngestPageAsync(long crawlId, FollowList list, IReadOnlyList<ProfileData> page, string? nextCheckpoint, CancellationToken ct = default)
    {
        if (db.Database.IsNpgsql()) return await IngestPageOnPostgresAsync(crawlId, list, page, nextCheckpoint, ct);
        var connection = await db.Database.OpenSqliteAsync(ct);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await EnsureStatusAsync(connection, tx, crawlId, ct, CrawlStatus.Running, CrawlStatus.PausedRateLimited);

        await using var stage = Prepare(connection, tx, """
            INSERT INTO staged_profiles (crawl_id, list, profile_pk, username, full_name, profile_pic_url, is_verified, is_private)
            VALUES ($crawl, $list, $pk, $username, $full_name, $pic, $verified, $private)
            """, "$crawl", "$list", "$pk", "$username", "$full_name", "$pic", "$verified", "$private");
        foreach (var p in page)
        {
            Bind(stage, crawlId, (int)list, p.Pk, p.Username, p.FullName, p.ProfilePicUrl, p.IsVerified, p.IsPrivate);
            await stage.ExecuteNonQueryAsync(ct);
        }

        var (fetched, checkpoint) = list == FollowList.Followers
            ? ("followers_fetched", "followers_checkpoint")
            : ("following_fetched", "following_checkpoint");
        await using var progress = Prepare(connection, tx,
            $"UPDATE crawls SET {fetched} = {fetched} + $count, {checkpoint} = $checkpoint WHERE id = $id",
            "$count", "$checkpoint", "$id");
        Bind(progress, page.Count, nextCheckpoint, crawlId);
        await progress.ExecuteNonQueryAsync(ct);

        await tx.CommitAsync(ct);
        return page.Count;
    }

    /// <summary>
    /// Ends a list read head-only: its checkpoint says done and its method HeadOnly, so completion carries everyone
    /// it did not list over as present instead of marking them lost.
    /// </summary>
    public async Task EndHeadOnlyAsync(long crawlId, FollowList list, string doneCheckpoint, CancellationToken ct = default)
    {
        if (db.Database.IsNpgsql())
        {
            await EndHeadOnlyOnPostgresAsync(crawlId, list, doneCheckpoint, ct);
            return;
        }
        var connection = await db.Database.OpenSqliteAsync(ct);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await EnsureStatusAsync(connection, tx, crawlId, ct, CrawlStatus.Running, CrawlStatus.PausedRateLimited);
        var (checkpoint, method) = list == FollowList.Followers ? ("followers_checkpoint", "followers_method") : ("following_checkpoint", "following_method");
        await using var end = Prepare(connection, tx, $"UPDATE crawls SET {checkpoint} = $checkpoint, {method} = 'HeadOnly' WHERE id = $id", "$checkpoint", "$id");
        Bind(end, doneCheckpoint, crawlId);
        await end.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Rows a step of completion writes in its first transaction; later ones are sized to take about <see cref="ChunkTime"/>.</summary>
    internal int ChunkRows { get; set; } = 5_000;

    /// <summary>How long one of completion's short transactions should hold the writer: another writer waits at most about this.</summary>
    internal TimeSpan? ChunkTime { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Runs after each of completion's short transactions; tests abort there as a killed process would.</summary>
    internal Func<CancellationToken, Task>? AfterChunk { get; set; }

    /// <summary>Told how long each step of a SQLite completion took, and its longest transaction (the bench prints them).</summary>
    internal Action<string, TimeSpan, TimeSpan>? OnStep { get; set; }

    /// <summary>
    /// Applies the crawl's delta to every list it covers and marks it succeeded: the heavy work in short transactions,
    /// the people who changed and the status in one last small one (see <see cref="ChunkedCompletion"/> for why). Calling it again
    /// after an interrupted attempt finishes it to the same result.
    /// </summary>
    /// <param name="seenAt">When the lists were as given: now for a crawl, the day Instagram made it for an archive.</param>
    /// <param name="alsoRecord">Written in the last transaction (the alert outbox's record of the crawl's end).</param>
    internal async Task<Crawl> CompleteAsync(long crawlId, FollowSource? source = null, CancellationToken ct = default, DateTime? seenAt = null,
        Func<DbTransaction, CancellationToken, Task>? alsoRecord = null)
    {
        if (db.Database.IsNpgsql()) return await CompleteOnPostgresAsync(crawlId, source, ct, seenAt, alsoRecord);
        var connection = await db.Database.OpenSqliteAsync(ct);
        await EnsureStatusAsync(connection, null, crawlId, ct, CrawlStatus.Running);
        var crawl = await db.Crawls.AsNoTracking().SingleAsync(s => s.Id == crawlId, ct);
        var now = seenAt ?? clock.GetUtcNow().UtcDateTime;
        await SweepFinishedStagesAsync(connection, ct);

        var chunk = new ChunkSize(ChunkRows, ChunkTime);
        var completion = new ChunkedCompletion(connection, crawl, chunk, AfterChunk);
        await using var cache = await completion.LargeCacheAsync(ct);
        await completion.ForgetEarlierAttemptAsync(ct);
        var step = System.Diagnostics.Stopwatch.StartNew();
        void Took(string name) { OnStep?.Invoke(name, step.Elapsed, chunk.TakeLongest()); step.Restart(); }
        await completion.MergeProfilesAsync(now, ct);
        Took("profiles");
        await completion.AdoptUsernameOnlyAsync(ct);
        Took("adoption");
        var deltas = await completion.PlanAsync(ct);
        Took("plan");
        await completion.LogChangesAsync(ct);
        Took("change log");
        await completion.WriteAheadAsync(ct);
        Took("edges ahead");

        await using (var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct))
        {
            try
            {
                await EnsureStatusAsync(connection, tx, crawlId, ct, CrawlStatus.Running);
            }
            catch (CrawlStateException)
            {
                // Stopped while this completion ran: what it wrote since would never be shown; drop it.
                await tx.RollbackAsync(ct);
                await completion.ForgetEarlierAttemptAsync(ct);
                await completion.ForgetWrittenAheadAsync(ct);
                throw;
            }
            await completion.ApplyChangesAsync(tx, ct);
            var followers = deltas.GetValueOrDefault(FollowList.Followers);
            var following = deltas.GetValueOrDefault(FollowList.Following);
            await using var finish = Prepare(connection, tx, """
                UPDATE crawls SET status = 'Succeeded', finished_at = $now,
                    created_at = min(created_at, $now), started_at = min(coalesce(started_at, $now), $now), resumes_at = NULL, source = coalesce($source, source),
                    followers_total = $ft, followers_new = $fn, followers_lost = $fl,
                    following_total = $gt, following_new = $gn, following_lost = $gl,
                    followers_method = CASE WHEN lists & 1 THEN coalesce(followers_method, 'Full') END,
                    following_method = CASE WHEN lists & 2 THEN coalesce(following_method, 'Full') END
                WHERE id = $id;
                UPDATE accounts SET last_crawled_at = $now WHERE id = $account;
                """ + SearchIndex.IndexPendingSql, "$now", "$source", "$ft", "$fn", "$fl", "$gt", "$gn", "$gl", "$id", "$account");
            Bind(finish, now, source?.ToString(),
                followers?.Total, followers?.New, followers?.Lost, following?.Total, following?.New, following?.Lost,
                crawlId, crawl.AccountId);
            await finish.ExecuteNonQueryAsync(ct);
            if (alsoRecord is not null) await alsoRecord(tx, ct);
            await tx.CommitAsync(ct);
        }
        Took("last transaction");
        await completion.CleanUpAsync(ct);
        Took("clean-up");
        return await db.Crawls.AsNoTracking().SingleAsync(s => s.Id == crawlId, ct);
    }

    /// <summary>
    /// Staged rows stay until their crawl has succeeded or stopped; a process killed between that commit and their
    /// deletion leaves them behind a finished crawl, and the next completion deletes them, with the edges a stopped
    /// one wrote ahead.
    /// </summary>
    private async Task SweepFinishedStagesAsync(SqliteConnection connection, CancellationToken ct)
    {
        var finished = await db.Crawls.AsNoTracking()
            .Where(s => !CrawlStatuses.Active.Contains(s.Status) && db.StagedProfiles.Any(p => p.CrawlId == s.Id)).ToListAsync(ct);
        foreach (var crawl in finished)
        {
            var left = new ChunkedCompletion(connection, crawl, new ChunkSize(ChunkRows, ChunkTime), null);
            await (crawl.Status == CrawlStatus.Succeeded ? left.CleanUpAsync(ct) : left.DiscardAsync(ct));
        }
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
        var onPostgres = db.Database.IsNpgsql();
        ChunkedCompletion? completion = null;
        if (onPostgres) await MergeStoppedProfilesOnPostgresAsync(crawlId, now, ct);
        else if (await db.Crawls.AsNoTracking().SingleOrDefaultAsync(s => s.Id == crawlId, ct) is { } stopping)
            completion = new ChunkedCompletion(await db.Database.OpenSqliteAsync(ct), stopping, new ChunkSize(ChunkRows, ChunkTime), AfterChunk);
        if (completion is not null) await completion.MergeProfilesAsync(now, ct);
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
            if (onPostgres) await db.StagedProfiles.Where(p => p.CrawlId == crawlId).ExecuteDeleteAsync(ct);
            await tx.CommitAsync(ct);
        }
        if (completion is not null) await completion.DiscardAsync(ct);
        return await db.Crawls.AsNoTracking().SingleAsync(s => s.Id == crawlId, ct);
    }

    /// <summary>Inside a transaction on PostgreSQL the crawl's row stays locked until it ends, so no stop crosses the step.</summary>
    private static async Task EnsureStatusAsync(DbConnection connection, DbTransaction? tx, long crawlId, CancellationToken ct, params CrawlStatus[] allowed)
    {
        await using var read = connection.CreateCommand();
        read.Transaction = tx;
        read.CommandText = "SELECT status FROM crawls WHERE id = @id" + (connection is Npgsql.NpgsqlConnection && tx is not null ? " FOR UPDATE" : "");
        read.AddParameter("@id", crawlId);
        var status = await read.ExecuteScalarAsync(ct) as string
            ?? throw new CrawlStateException(crawlId, "it does not exist");
        if (!allowed.Any(a => a.ToString() == status))
            throw new CrawlStateException(crawlId, $"it is {status}");
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction? tx, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        return command;
    }

    private static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }
}

public sealed class CrawlStateException(long crawlId, string reason)
    : InvalidOperationException($"Crawl {crawlId} cannot take this step: {reason}.");
