using System.Data.Common;
using InstaIntel.Api.Archives;
using InstaIntel.Api.Insights;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Persistence;
using InstaIntel.Api.Scrapes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace InstaIntel.Api.Ingest;

/// <summary>
/// Takes a running crawl's pages and, when the crawl completes, applies its delta to the edge tables.
/// Pages are appended to <see cref="StagedProfile"/> rows; nothing touches the edges until completion, so a failed,
/// cancelled or partial crawl never marks anyone lost. The bulk work uses prepared SQLite statements:
/// this is the hot path of every crawl. A crawl's end changes its state, so the app ends crawls through
/// <see cref="ScrapeService"/>, which publishes the change with it; the ending methods here are internal for that
/// (tests and the bench seed data through them directly).
/// </summary>
public sealed class IngestService(InstaIntelDb db, TimeProvider clock)
{
    /// <summary>Records a crawl that is already running, with no queue and no event: how tests and the bench stage data.</summary>
    internal async Task<Scrape> BeginAsync(long accountId, ScrapeLists lists, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var scrape = new Scrape { AccountId = accountId, Lists = lists, Status = ScrapeStatus.Running, CreatedAt = now, StartedAt = now };
        db.Scrapes.Add(scrape);
        await db.SaveChangesAsync(ct);
        return scrape;
    }

    /// <summary>
    /// Stores one page and the checkpoint to resume after it, in one transaction. A profile the crawl already listed
    /// is stored again but counts once when the crawl ends. Returns how many profiles the page held.
    /// </summary>
    public async Task<int> IngestPageAsync(long scrapeId, FollowList list, IReadOnlyList<ProfileData> page, string? nextCheckpoint, CancellationToken ct = default)
    {
        var connection = await OpenAsync(ct);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await EnsureStatusAsync(connection, tx, scrapeId, ct, ScrapeStatus.Running, ScrapeStatus.PausedRateLimited);

        await using var stage = Prepare(connection, tx, """
            INSERT INTO staged_profiles (scrape_id, list, profile_pk, username, full_name, profile_pic_url, is_verified, is_private)
            VALUES ($scrape, $list, $pk, $username, $full_name, $pic, $verified, $private)
            """, "$scrape", "$list", "$pk", "$username", "$full_name", "$pic", "$verified", "$private");
        foreach (var p in page)
        {
            Bind(stage, scrapeId, (int)list, p.Pk, p.Username, p.FullName, p.ProfilePicUrl, p.IsVerified, p.IsPrivate);
            await stage.ExecuteNonQueryAsync(ct);
        }

        var (fetched, checkpoint) = list == FollowList.Followers
            ? ("followers_fetched", "followers_checkpoint")
            : ("following_fetched", "following_checkpoint");
        await using var progress = Prepare(connection, tx,
            $"UPDATE scrapes SET {fetched} = {fetched} + $count, {checkpoint} = $checkpoint WHERE id = $id",
            "$count", "$checkpoint", "$id");
        Bind(progress, page.Count, nextCheckpoint, scrapeId);
        await progress.ExecuteNonQueryAsync(ct);

        await tx.CommitAsync(ct);
        return page.Count;
    }

    /// <summary>
    /// Ends a list read head-only: its checkpoint says done and its method HeadOnly, so completion carries everyone
    /// it did not list over as present instead of marking them lost.
    /// </summary>
    public async Task EndHeadOnlyAsync(long scrapeId, FollowList list, string doneCheckpoint, CancellationToken ct = default)
    {
        var connection = await OpenAsync(ct);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await EnsureStatusAsync(connection, tx, scrapeId, ct, ScrapeStatus.Running, ScrapeStatus.PausedRateLimited);
        var (checkpoint, method) = list == FollowList.Followers ? ("followers_checkpoint", "followers_method") : ("following_checkpoint", "following_method");
        await using var end = Prepare(connection, tx, $"UPDATE scrapes SET {checkpoint} = $checkpoint, {method} = 'HeadOnly' WHERE id = $id", "$checkpoint", "$id");
        Bind(end, doneCheckpoint, scrapeId);
        await end.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Applies the crawl's delta to every list it covers, in one transaction, and marks it succeeded.</summary>
    /// <param name="seenAt">When the lists were as given: now for a crawl, the day Instagram made it for an archive.</param>
    /// <param name="alsoRecord">Written in the same transaction (the alert outbox's record of the crawl's end).</param>
    internal async Task<Scrape> CompleteAsync(long scrapeId, FollowSource? source = null, CancellationToken ct = default, DateTime? seenAt = null,
        Func<SqliteTransaction, CancellationToken, Task>? alsoRecord = null)
    {
        var connection = await OpenAsync(ct);
        await using (var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct))
        {
            await EnsureStatusAsync(connection, tx, scrapeId, ct, ScrapeStatus.Running);
            var scrape = await db.Scrapes.AsNoTracking().SingleAsync(s => s.Id == scrapeId, ct);
            var now = seenAt ?? clock.GetUtcNow().UtcDateTime;
            await MergeProfilesAsync(connection, tx, scrapeId, now, ct);
            await using (var adopt = Prepare(connection, tx, UsernameOnlyProfiles.AdoptSql, "$id"))
            {
                Bind(adopt, scrapeId);
                await adopt.ExecuteNonQueryAsync(ct);
            }
            foreach (var list in new[] { FollowList.Followers, FollowList.Following }.Where(scrape.Covers))
                await RenamedProfiles.AdoptAsync(connection, tx, scrapeId, scrape.AccountId, list, ct);
            var followers = scrape.Covers(FollowList.Followers) ? await ApplyDeltaAsync(connection, tx, scrape, FollowList.Followers, ct) : null;
            var following = scrape.Covers(FollowList.Following) ? await ApplyDeltaAsync(connection, tx, scrape, FollowList.Following, ct) : null;

            await using var finish = Prepare(connection, tx, """
                UPDATE scrapes SET status = 'Succeeded', finished_at = $now,
                    created_at = min(created_at, $now), started_at = min(coalesce(started_at, $now), $now), resumes_at = NULL, source = coalesce($source, source),
                    followers_total = $ft, followers_new = $fn, followers_lost = $fl,
                    following_total = $gt, following_new = $gn, following_lost = $gl,
                    followers_method = CASE WHEN lists & 1 THEN coalesce(followers_method, 'Full') END,
                    following_method = CASE WHEN lists & 2 THEN coalesce(following_method, 'Full') END
                WHERE id = $id;
                DELETE FROM staged_profiles WHERE scrape_id = $id;
                UPDATE accounts SET last_scraped_at = $now WHERE id = $account;
                """ + SearchIndex.IndexPendingSql, "$now", "$source", "$ft", "$fn", "$fl", "$gt", "$gn", "$gl", "$id", "$account");
            Bind(finish, now, source?.ToString(),
                followers?.Total, followers?.New, followers?.Lost, following?.Total, following?.New, following?.Lost,
                scrapeId, scrape.AccountId);
            await finish.ExecuteNonQueryAsync(ct);
            if (alsoRecord is not null) await alsoRecord(tx, ct);
            await tx.CommitAsync(ct);
        }
        return await db.Scrapes.AsNoTracking().SingleAsync(s => s.Id == scrapeId, ct);
    }

    /// <summary>
    /// Ends a crawl without touching any edge (an incomplete list must not mark anyone lost). The profiles it saw are
    /// kept, so they stay findable.
    /// </summary>
    internal async Task<Scrape> StopAsync(long scrapeId, ScrapeStatus status, string? error = null, CancellationToken ct = default,
        Func<SqliteTransaction, CancellationToken, Task>? alsoRecord = null)
    {
        if (status is not (ScrapeStatus.Failed or ScrapeStatus.Cancelled or ScrapeStatus.Incomplete))
            throw new ArgumentOutOfRangeException(nameof(status), status, "A crawl stops as Failed, Cancelled or Incomplete.");
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var changed = await db.Scrapes
            .Where(s => s.Id == scrapeId && ScrapeStatuses.Active.Contains(s.Status))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, status).SetProperty(s => s.FinishedAt, now)
                .SetProperty(s => s.Error, error).SetProperty(s => s.ResumesAt, (DateTime?)null), ct);
        if (changed == 0) throw new ScrapeStateException(scrapeId, "it is not queued, running or paused");
        await MergeProfilesAsync((SqliteConnection)db.Database.GetDbConnection(), (SqliteTransaction)tx.GetDbTransaction(), scrapeId, now, ct);
        await db.StagedProfiles.Where(e => e.ScrapeId == scrapeId).ExecuteDeleteAsync(ct);
        await db.Database.ExecuteSqlRawAsync(SearchIndex.IndexPendingSql, ct);
        if (alsoRecord is not null) await alsoRecord((SqliteTransaction)tx.GetDbTransaction(), ct);
        await tx.CommitAsync(ct);
        return await db.Scrapes.AsNoTracking().SingleAsync(s => s.Id == scrapeId, ct);
    }

    /// <summary>
    /// Upserts each profile the crawl staged, in primary-key order so every page of the table and its indexes is
    /// written once. Where a profile was staged twice, the later row wins: with max(), SQLite takes the other
    /// columns from the row holding the maximum.
    /// </summary>
    private static async Task MergeProfilesAsync(SqliteConnection connection, SqliteTransaction tx, long scrapeId, DateTime now, CancellationToken ct)
    {
        await using var merge = Prepare(connection, tx, """
            INSERT INTO profiles (pk, username, full_name, profile_pic_url, is_verified, is_private, updated_at)
                SELECT profile_pk, username, full_name, profile_pic_url, is_verified, is_private, $now FROM (
                    SELECT profile_pk, username, full_name, profile_pic_url, is_verified, is_private, max(id)
                    FROM staged_profiles WHERE scrape_id = $id GROUP BY profile_pk)
                WHERE true
                ORDER BY profile_pk
            ON CONFLICT (pk) DO UPDATE SET username = excluded.username, full_name = excluded.full_name,
                profile_pic_url = excluded.profile_pic_url, is_verified = excluded.is_verified,
                is_private = excluded.is_private, updated_at = excluded.updated_at
            """, "$now", "$id");
        Bind(merge, now, scrapeId);
        await merge.ExecuteNonQueryAsync(ct);
    }

    private sealed record ListDelta(int Total, int New, int Lost);

    /// <summary>
    /// Moves one list's edges to what the crawl saw and logs each appearance and departure in `follow_changes`. The
    /// first complete crawl of a list is its baseline: its people are logged as Baseline and counted as nobody new. A
    /// list read head-only loses nobody: the present edges it did not list are carried over as they are.
    /// </summary>
    private static async Task<ListDelta> ApplyDeltaAsync(SqliteConnection connection, SqliteTransaction tx, Scrape scrape, FollowList list, CancellationToken ct)
    {
        var table = list == FollowList.Followers ? "followers" : "following";
        var headOnly = (list == FollowList.Followers ? scrape.FollowersMethod : scrape.FollowingMethod) == CrawlMethod.HeadOnly;
        await using var delta = Prepare(connection, tx, $"""
            SELECT count(*) FROM {table} WHERE target_id = $target AND lost_in_scrape_id IS NULL;
            SELECT NOT EXISTS (SELECT 1 FROM scrapes WHERE account_id = $target AND id <> $scrape AND status = 'Succeeded' AND (lists & $list) = $list);
            INSERT INTO follow_changes (target_id, list, profile_pk, scrape_id, kind)
                SELECT DISTINCT $target, $list, s.profile_pk, $scrape,
                    CASE WHEN EXISTS (SELECT 1 FROM scrapes WHERE account_id = $target AND id <> $scrape AND status = 'Succeeded' AND (lists & $list) = $list)
                        THEN 'New' ELSE 'Baseline' END
                FROM staged_profiles s WHERE s.scrape_id = $scrape AND s.list = $list
                    AND NOT EXISTS (SELECT 1 FROM {table} e WHERE e.target_id = $target AND e.profile_pk = s.profile_pk AND e.lost_in_scrape_id IS NULL);
            INSERT INTO {table} (target_id, profile_pk, first_seen_scrape_id, last_seen_scrape_id, lost_in_scrape_id)
                SELECT DISTINCT $target, profile_pk, $scrape, $scrape, NULL FROM staged_profiles WHERE scrape_id = $scrape AND list = $list
                ORDER BY profile_pk
                ON CONFLICT (target_id, profile_pk) DO UPDATE SET
                    first_seen_scrape_id = CASE WHEN lost_in_scrape_id IS NULL THEN first_seen_scrape_id ELSE excluded.first_seen_scrape_id END,
                    last_seen_scrape_id = excluded.last_seen_scrape_id,
                    lost_in_scrape_id = NULL;
            UPDATE {table} SET lost_in_scrape_id = $scrape
                WHERE target_id = $target AND lost_in_scrape_id IS NULL AND last_seen_scrape_id <> $scrape AND NOT $carry;
            SELECT changes();
            INSERT INTO follow_changes (target_id, list, profile_pk, scrape_id, kind)
                SELECT $target, $list, profile_pk, $scrape, 'Lost' FROM {table} WHERE target_id = $target AND lost_in_scrape_id = $scrape;
            SELECT count(*) FROM {table} WHERE target_id = $target AND lost_in_scrape_id IS NULL;
            """, "$target", "$scrape", "$list", "$carry");
        Bind(delta, scrape.AccountId, scrape.Id, (int)list, headOnly);
        await using var reader = await delta.ExecuteReaderAsync(ct);
        var presentBefore = await ScalarAsync(reader, ct);
        await reader.NextResultAsync(ct);
        var baseline = await ScalarAsync(reader, ct) == 1;
        await reader.NextResultAsync(ct);
        var lost = await ScalarAsync(reader, ct);
        await reader.NextResultAsync(ct);
        var total = await ScalarAsync(reader, ct);
        // Present after = total; present before minus lost stayed; everything else came in new (or came back).
        return new ListDelta(total, baseline ? 0 : total - (presentBefore - lost), lost);
    }

    private static async Task<int> ScalarAsync(DbDataReader reader, CancellationToken ct)
    {
        await reader.ReadAsync(ct);
        return reader.GetInt32(0);
    }

    private static async Task EnsureStatusAsync(SqliteConnection connection, SqliteTransaction tx, long scrapeId, CancellationToken ct, params ScrapeStatus[] allowed)
    {
        await using var read = Prepare(connection, tx, "SELECT status FROM scrapes WHERE id = $id", "$id");
        Bind(read, scrapeId);
        var status = await read.ExecuteScalarAsync(ct) as string
            ?? throw new ScrapeStateException(scrapeId, "it does not exist");
        if (!allowed.Any(a => a.ToString() == status))
            throw new ScrapeStateException(scrapeId, $"it is {status}");
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        return (SqliteConnection)db.Database.GetDbConnection();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction tx, string sql, params string[] parameters)
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

public sealed class ScrapeStateException(long scrapeId, string reason)
    : InvalidOperationException($"Scrape {scrapeId} cannot take this step: {reason}.");
