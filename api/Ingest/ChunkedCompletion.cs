using System.Data.Common;
using InstaIntel.Api.Archives;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Followers;
using InstaIntel.Api.Insights;
using Microsoft.Data.Sqlite;

namespace InstaIntel.Api.Ingest;

/// <summary>
/// The steps of a crawl's completion, shaped so SQLite's single writer is never held for long: other crawls commit
/// their pages and the UI writes between the steps.
/// <para>
/// Why this split. Readers see the account as it was before the crawl or after it, never half of it, because what
/// they read changes only when the crawl's status flips to succeeded, in the last, small transaction. Everything
/// before it is out of their sight:
/// profiles (shared rows; a newer name or picture is harmless to anyone reading) are merged in pk-ordered chunks;
/// the delta (who is still there, new, back or lost) is computed into TEMP tables, which are private to this
/// connection and take no lock on the database file; the change log rows are written in chunks under the crawl's
/// id, which readers show only once that crawl has succeeded (<see cref="ChangeQueries.History"/>, the profile story);
/// the new edges and the last-seen marks of the present ones are written in chunks too, which the edge views hide
/// until then (<see cref="EdgeTables"/>). The last transaction marks the lost, revives those who came back, and flips
/// the status: its size follows the people who changed, not the size of the list.
/// </para>
/// <para>
/// Idempotent: until the status flips, nothing visible depends on this attempt. A retry after a crash or an abort
/// first drops what an earlier attempt logged under this crawl and plans again from the staged rows, which stay until
/// the crawl has succeeded; edges an earlier attempt wrote ahead are hidden from the plan and written again in place.
/// So any number of interrupted attempts ends exactly as one uninterrupted completion.
/// </para>
/// </summary>
internal sealed class ChunkedCompletion(SqliteConnection connection, Crawl crawl, ChunkSize chunk, Func<CancellationToken, Task>? afterChunk)
    : ICompletionSteps
{
    private static readonly FollowList[] Lists = [FollowList.Followers, FollowList.Following];

    private long? cacheBefore;

    public Crawl Crawl => crawl;

    /// <summary>
    /// A 64 MiB page cache for this connection while it completes (SQLite's default is 2 MiB), so the sorted chunks
    /// find the pages of the tables and indexes they touch in memory; disposing gives the connection its own size back.
    /// </summary>
    public async Task LargeCacheAsync(CancellationToken ct)
    {
        await using var read = Command(null, "PRAGMA cache_size");
        cacheBefore = Convert.ToInt64(await read.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        await ExecuteAsync(null, "PRAGMA cache_size = -65536", ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (cacheBefore is { } before) await ExecuteAsync(null, $"PRAGMA cache_size = {before}", CancellationToken.None);
    }

    public TimeSpan TakeLongestTransaction() => chunk.TakeLongest();

    /// <summary>Drops the change log rows an interrupted attempt wrote; nobody reads them while the crawl runs.</summary>
    public Task ForgetEarlierAttemptAsync(CancellationToken ct) =>
        DeleteInChunksAsync("DELETE FROM follow_changes WHERE id IN (SELECT id FROM follow_changes WHERE crawl_id = $crawl LIMIT $n)", ct);

    /// <summary>
    /// Upserts each profile the crawl staged, the later row winning where it was staged twice, in primary-key chunks
    /// so each transaction writes neighbouring pages once; profiles seen for the first time go into the search index
    /// in the same chunk.
    /// </summary>
    public async Task MergeProfilesAsync(DateTime now, CancellationToken ct)
    {
        await ExecuteAsync(null, """
            CREATE TEMP TABLE IF NOT EXISTS completion_profiles (profile_pk INTEGER PRIMARY KEY, staged_id INTEGER NOT NULL);
            DELETE FROM temp.completion_profiles;
            INSERT INTO temp.completion_profiles (profile_pk, staged_id)
                SELECT profile_pk, max(id) FROM staged_profiles WHERE crawl_id = $crawl GROUP BY profile_pk;
            """, ct);
        await ForEachRangeAsync("SELECT profile_pk AS k FROM temp.completion_profiles WHERE profile_pk > $after ORDER BY profile_pk LIMIT $n", null,
            (tx, after, last) => ExecuteAsync(tx, """
                INSERT INTO profiles (pk, username, full_name, profile_pic_url, is_verified, is_private, updated_at)
                    SELECT s.profile_pk, s.username, s.full_name, s.profile_pic_url, s.is_verified, s.is_private, $now
                    FROM temp.completion_profiles c CROSS JOIN staged_profiles s ON s.id = c.staged_id -- CROSS: the plan drives, by pk
                    WHERE c.profile_pk > $after AND c.profile_pk <= $last
                    ORDER BY c.profile_pk
                ON CONFLICT (pk) DO UPDATE SET username = excluded.username, full_name = excluded.full_name,
                    profile_pic_url = excluded.profile_pic_url, is_verified = excluded.is_verified,
                    is_private = excluded.is_private, updated_at = excluded.updated_at;
                """ + SearchIndex.IndexPendingSql, ct, ("$now", now), ("$after", after), ("$last", last)), ct);
    }

    /// <summary>
    /// Moves archive people known only by username onto the profiles this crawl found for them. Not lost, not new:
    /// the same person under their real pk, which is why it may show before the crawl has succeeded. Once done
    /// there is nothing left to adopt, so a retry does nothing here.
    /// </summary>
    public async Task AdoptUsernameOnlyAsync(CancellationToken ct)
    {
        await ExecuteAsync(null, UsernameOnlyProfiles.FindSql, ct); // reads a million staged rows at worst: not while holding the writer
        await InTransactionAsync(async tx =>
        {
            await ExecuteAsync(tx, UsernameOnlyProfiles.MoveAdoptedSql, ct);
            foreach (var list in Lists.Where(crawl.Covers))
                await RenamedProfiles.AdoptAsync(connection, tx, crawl.Id, crawl.AccountId, list, ct);
        }, ct);
    }

    /// <summary>
    /// Works out each list's delta into `temp.completion_edges`: every profile listed (Seen if it was present, else
    /// New, or Baseline on a list's first complete crawl, marked `back` where a lost edge comes back) and every present
    /// one not listed (Lost, unless the list was read head-only: then they are carried over). Reads the edges as
    /// readers see them, writes only TEMP tables.
    /// </summary>
    public async Task<Dictionary<FollowList, ListDelta>> PlanAsync(CancellationToken ct)
    {
        await ExecuteAsync(null, """
            CREATE TEMP TABLE IF NOT EXISTS completion_edges (list INTEGER NOT NULL, profile_pk INTEGER NOT NULL, change TEXT NOT NULL,
                back INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (list, profile_pk)) WITHOUT ROWID;
            DELETE FROM temp.completion_edges;
            """, ct);
        var deltas = new Dictionary<FollowList, ListDelta>();
        await using var read = connection.BeginTransaction(deferred: true);
        foreach (var list in Lists.Where(crawl.Covers))
        {
            var view = EdgeTables.ViewOf(list);
            await using var plan = Command(read, $"""
                INSERT OR IGNORE INTO temp.completion_edges (list, profile_pk, change, back)
                    SELECT $list, profile_pk,
                        CASE WHEN present THEN 'Seen'
                            WHEN EXISTS (SELECT 1 FROM crawls WHERE account_id = $target AND id <> $crawl AND status = 'Succeeded' AND (lists & $list) = $list) THEN 'New'
                            ELSE 'Baseline' END,
                        coalesce(NOT present, 0)
                    FROM (SELECT s.profile_pk,
                            (SELECT e.lost_in_crawl_id IS NULL FROM {view} e WHERE e.target_id = $target AND e.profile_pk = s.profile_pk) AS present
                        FROM staged_profiles s WHERE s.crawl_id = $crawl AND s.list = $list
                        ORDER BY s.profile_pk);
                INSERT INTO temp.completion_edges (list, profile_pk, change)
                    SELECT $list, e.profile_pk, 'Lost' FROM {view} e
                    WHERE e.target_id = $target AND e.lost_in_crawl_id IS NULL AND NOT $carry
                        AND NOT EXISTS (SELECT 1 FROM temp.completion_edges c WHERE c.list = $list AND c.profile_pk = e.profile_pk);
                SELECT count(*) FROM {view} WHERE target_id = $target AND lost_in_crawl_id IS NULL;
                SELECT coalesce(sum(change = 'New'), 0), coalesce(sum(change IN ('New', 'Baseline')), 0), coalesce(sum(change = 'Lost'), 0)
                    FROM temp.completion_edges WHERE list = $list;
                """, ("$list", (int)list), ("$carry", HeadOnly(list)));
            await using var rows = await plan.ExecuteReaderAsync(ct);
            await rows.ReadAsync(ct);
            var presentBefore = rows.GetInt32(0);
            await rows.NextResultAsync(ct);
            await rows.ReadAsync(ct);
            var (isNew, arrived, lost) = (rows.GetInt32(0), rows.GetInt32(1), rows.GetInt32(2));
            deltas[list] = new ListDelta(presentBefore - lost + arrived, isNew, lost);
        }
        await read.CommitAsync(ct);
        return deltas;
    }

    /// <summary>Writes the change log rows of the plan, a chunk at a time, in (list, pk) order.</summary>
    public async Task LogChangesAsync(CancellationToken ct)
    {
        foreach (var list in Lists.Where(crawl.Covers))
            await ForEachChunkAsync(list, "change <> 'Seen'", """
                INSERT INTO follow_changes (target_id, list, profile_pk, crawl_id, kind)
                    SELECT $target, list, profile_pk, $crawl, change FROM temp.completion_edges
                    WHERE list = $list AND change <> 'Seen' AND profile_pk > $after AND profile_pk <= $last
                    ORDER BY profile_pk
                """, ct);
    }

    /// <summary>
    /// Runs <paramref name="sql"/> over the plan rows of a list that match <paramref name="where"/>, one pk range
    /// ($after, $last] per transaction.
    /// </summary>
    private Task ForEachChunkAsync(FollowList list, string where, string sql, CancellationToken ct) =>
        ForEachRangeAsync($"SELECT profile_pk AS k FROM temp.completion_edges WHERE list = $list AND {where} AND profile_pk > $after ORDER BY profile_pk LIMIT $n",
            list, (tx, after, last) => ExecuteAsync(tx, sql, ct, ("$list", (int)list), ("$after", after), ("$last", last)), ct);

    /// <summary>
    /// Runs <paramref name="work"/> once per range ($after, $last] of the keys `k` that <paramref name="keys"/> yields
    /// in order, a chunk of them after `$after` (`LIMIT $n`), each in its own transaction. Chunks start small again in
    /// each step: a row costs differently in each, and a size tuned to a cheap step would hold the writer too long in
    /// a dear one.
    /// </summary>
    private async Task ForEachRangeAsync(string keys, FollowList? list, Func<SqliteTransaction, long, long, Task> work, CancellationToken ct)
    {
        chunk.StartStep();
        var after = long.MinValue;
        while (await LastOfChunkAsync($"SELECT max(k) FROM ({keys})", after, list, ct) is { } last)
        {
            var from = after;
            await InTransactionAsync(tx => work(tx, from, last), ct);
            after = last;
        }
    }

    /// <summary>
    /// Writes, a chunk at a time, the edges the views hide until the crawl succeeds: the new ones (first seen by this
    /// crawl), and this crawl as the last sighting of every present one it listed, the sighting before kept beside it.
    /// A row an earlier attempt or a stopped crawl left hidden is written over; a visible lost row is left for
    /// <see cref="FinishAsync"/>.
    /// </summary>
    public async Task WriteEdgesAsync(CancellationToken ct)
    {
        foreach (var list in Lists.Where(crawl.Covers))
        {
            var table = EdgeTables.Of(list);
            await ForEachChunkAsync(list, "change IN ('New', 'Baseline') AND NOT back", $"""
                INSERT INTO {table} (target_id, profile_pk, first_seen_crawl_id, last_seen_crawl_id, previous_seen_crawl_id, lost_in_crawl_id)
                    SELECT $target, profile_pk, $crawl, $crawl, NULL, NULL FROM temp.completion_edges
                    WHERE list = $list AND change IN ('New', 'Baseline') AND NOT back AND profile_pk > $after AND profile_pk <= $last
                    ORDER BY profile_pk
                ON CONFLICT (target_id, profile_pk) DO UPDATE SET
                    first_seen_crawl_id = excluded.first_seen_crawl_id, last_seen_crawl_id = excluded.last_seen_crawl_id,
                    previous_seen_crawl_id = NULL, lost_in_crawl_id = NULL
                WHERE first_seen_crawl_id <> excluded.first_seen_crawl_id
                    AND first_seen_crawl_id IN {EdgeTables.NotSucceeded}
                """, ct);
            await ForEachChunkAsync(list, "change = 'Seen'", $"""
                UPDATE {table} SET last_seen_crawl_id = $crawl, previous_seen_crawl_id = {EdgeTables.VisibleLastSeen}
                WHERE target_id = $target AND last_seen_crawl_id <> $crawl AND profile_pk IN (
                    SELECT profile_pk FROM temp.completion_edges WHERE list = $list AND change = 'Seen' AND profile_pk > $after AND profile_pk <= $last)
                """, ct);
        }
    }

    /// <summary>
    /// The last transaction, with the status flip: the lost are marked, and those who came back are revived (first
    /// seen now). Only the people who changed are written here. When the crawl was stopped while this completion ran,
    /// what it wrote since would never be shown: it is dropped.
    /// </summary>
    public async Task FinishAsync(Func<DbConnection, DbTransaction, Task> markSucceeded, CancellationToken ct)
    {
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await ApplyChangesAsync(tx, ct);
        await ExecuteAsync(tx, SearchIndex.IndexPendingSql, ct);
        try
        {
            await markSucceeded(connection, tx);
        }
        catch (CrawlStateException)
        {
            await tx.RollbackAsync(ct);
            await ForgetEarlierAttemptAsync(ct);
            await ForgetWrittenAheadAsync(ct);
            throw;
        }
        await tx.CommitAsync(ct);
    }

    private async Task ApplyChangesAsync(SqliteTransaction tx, CancellationToken ct)
    {
        foreach (var list in Lists.Where(crawl.Covers))
        {
            var table = EdgeTables.Of(list);
            await ExecuteAsync(tx, $"""
                UPDATE {table} SET lost_in_crawl_id = $crawl
                    WHERE target_id = $target AND profile_pk IN (SELECT profile_pk FROM temp.completion_edges WHERE list = $list AND change = 'Lost');
                UPDATE {table} SET first_seen_crawl_id = $crawl, last_seen_crawl_id = $crawl, previous_seen_crawl_id = NULL, lost_in_crawl_id = NULL
                    WHERE target_id = $target AND profile_pk IN (SELECT profile_pk FROM temp.completion_edges WHERE list = $list AND back);
                """, ct, ("$list", (int)list));
        }
    }

    /// <summary>
    /// Deletes the new edges an attempt wrote ahead for a crawl that will not succeed, a chunk at a time; they were
    /// never shown. The staged rows name every profile that can have one.
    /// </summary>
    public async Task ForgetWrittenAheadAsync(CancellationToken ct)
    {
        foreach (var list in Lists.Where(crawl.Covers))
            await ForEachRangeAsync("SELECT id AS k FROM staged_profiles WHERE crawl_id = $crawl AND list = $list AND id > $after ORDER BY id LIMIT $n", list,
                (tx, after, last) => ExecuteAsync(tx, $"""
                    DELETE FROM {EdgeTables.Of(list)} WHERE target_id = $target AND first_seen_crawl_id = $crawl AND profile_pk IN (
                        SELECT profile_pk FROM staged_profiles WHERE crawl_id = $crawl AND list = $list AND id > $after AND id <= $last)
                    """, ct, ("$list", (int)list), ("$after", after), ("$last", last)), ct);
    }

    /// <summary>After the crawl has stopped: what it wrote ahead, its staged rows and its plan go.</summary>
    public async Task DiscardAsync(CancellationToken ct)
    {
        await ForgetWrittenAheadAsync(ct);
        await CleanUpAsync(ct);
    }

    /// <summary>After the crawl has succeeded or stopped: its staged rows go, a chunk at a time, and the plan with them.</summary>
    public async Task CleanUpAsync(CancellationToken ct)
    {
        await ExecuteAsync(null, "DROP TABLE IF EXISTS temp.completion_edges; DROP TABLE IF EXISTS temp.completion_profiles;", ct);
        // No test hook here: rows a process killed now leaves behind are the next completion's sweep, not a retry's.
        var quiet = afterChunk is null ? this : new ChunkedCompletion(connection, crawl, chunk, null);
        await quiet.DeleteInChunksAsync("DELETE FROM staged_profiles WHERE id IN (SELECT id FROM staged_profiles WHERE crawl_id = $crawl LIMIT $n)", ct);
    }

    private bool HeadOnly(FollowList list) =>
        (list == FollowList.Followers ? crawl.FollowersMethod : crawl.FollowingMethod) == CrawlMethod.HeadOnly;

    /// <summary>Runs <paramref name="sql"/>, a chunk of deletions, in transactions of its own until it deletes nothing.</summary>
    private async Task DeleteInChunksAsync(string sql, CancellationToken ct)
    {
        chunk.StartStep();
        var deleted = 0;
        do await InTransactionAsync(async tx => deleted = await ExecuteAsync(tx, sql, ct), ct);
        while (deleted > 0);
    }

    private async Task<long?> LastOfChunkAsync(string sql, long after, FollowList? list, CancellationToken ct)
    {
        await using var command = list is { } l ? Command(null, sql, ("$after", after), ("$list", (int)l)) : Command(null, sql, ("$after", after));
        return await command.ExecuteScalarAsync(ct) is long last ? last : null;
    }

    /// <summary>One short write transaction; the test hook after it stands for a process killed between chunks.</summary>
    private async Task InTransactionAsync(Func<SqliteTransaction, Task> work, CancellationToken ct)
    {
        await using (var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct))
        {
            var held = System.Diagnostics.Stopwatch.StartNew(); // from holding the writer, not from waiting for it
            await work(tx);
            await tx.CommitAsync(ct);
            chunk.Took(held.Elapsed);
        }
        // SQLite does not queue writers: one waiting sleeps in its busy handler and the next chunk would take the lock
        // again before it wakes. The pause lets every waiting writer in.
        await Task.Delay(chunk.Pause, ct);
        if (afterChunk is not null) await afterChunk(ct);
    }

    private async Task<int> ExecuteAsync(SqliteTransaction? tx, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(tx, sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private SqliteCommand Command(SqliteTransaction? tx, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in new (string, object)[] { ("$crawl", crawl.Id), ("$id", crawl.Id), ("$target", crawl.AccountId), ("$n", chunk.Rows) }.Concat(parameters))
            if (sql.Contains(name, StringComparison.Ordinal)) command.Parameters.AddWithValue(name, value);
        return command;
    }
}
