using InstaIntel.Api.Archives;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Followers;
using System.Data.Common;
using Npgsql;

namespace InstaIntel.Api.Ingest;

/// <summary>
/// The steps of a completion in PostgreSQL's dialect, all inside one transaction (<see cref="PostgresIngest"/> says
/// why one is enough there), which disposing rolls back unless it was committed. The plan goes into TEMP tables
/// dropped at commit; profiles and edges are written in key order, so two completions touching the same profiles
/// lock them in the same order.
/// </summary>
internal sealed class PostgresCompletion(NpgsqlConnection connection, NpgsqlTransaction tx, Crawl crawl) : ICompletionSteps
{
    private static readonly FollowList[] Lists = [FollowList.Followers, FollowList.Following];

    public Crawl Crawl => crawl;

    /// <summary>Nothing to forget: an interrupted attempt was one transaction, rolled back.</summary>
    public Task ForgetEarlierAttemptAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Upserts each profile the crawl staged, the later row winning where it was staged twice, in pk order.</summary>
    public Task MergeProfilesAsync(DateTime now, CancellationToken ct) => ExecuteAsync("""
        INSERT INTO profiles (pk, username, full_name, profile_pic_url, is_verified, is_private, updated_at)
            SELECT DISTINCT ON (profile_pk) profile_pk, username, full_name, profile_pic_url, is_verified, is_private, @now
            FROM staged_profiles WHERE crawl_id = @crawl
            ORDER BY profile_pk, id DESC
        ON CONFLICT (pk) DO UPDATE SET username = excluded.username, full_name = excluded.full_name,
            profile_pic_url = excluded.profile_pic_url, is_verified = excluded.is_verified,
            is_private = excluded.is_private, updated_at = excluded.updated_at
        """, ct, ("now", now));

    /// <summary>Moves archive people known only by username onto the profiles this crawl found for them (<see cref="UsernameOnlyProfiles"/>).</summary>
    public async Task AdoptUsernameOnlyAsync(CancellationToken ct)
    {
        await ExecuteAsync(UsernameOnlyProfiles.AdoptSqlPostgres, ct);
        foreach (var list in Lists.Where(crawl.Covers))
            await RenamedProfiles.AdoptAsync(connection, tx, crawl.Id, crawl.AccountId, list, ct);
    }

    public async Task<Dictionary<FollowList, ListDelta>> PlanAsync(CancellationToken ct)
    {
        await ExecuteAsync("""
            CREATE TEMP TABLE completion_edges (list integer NOT NULL, profile_pk bigint NOT NULL, change text NOT NULL,
                PRIMARY KEY (list, profile_pk)) ON COMMIT DROP
            """, ct);
        var deltas = new Dictionary<FollowList, ListDelta>();
        foreach (var list in Lists.Where(crawl.Covers))
        {
            var view = EdgeTables.ViewOf(list);
            await ExecuteAsync($"""
                INSERT INTO completion_edges (list, profile_pk, change)
                    SELECT @list, s.profile_pk,
                        CASE WHEN EXISTS (SELECT 1 FROM {view} e WHERE e.target_id = @target AND e.profile_pk = s.profile_pk AND e.lost_in_crawl_id IS NULL) THEN 'Seen'
                            WHEN EXISTS (SELECT 1 FROM crawls WHERE account_id = @target AND id <> @crawl AND status = 'Succeeded' AND (lists & @list) = @list) THEN 'New'
                            ELSE 'Baseline' END
                    FROM staged_profiles s WHERE s.crawl_id = @crawl AND s.list = @list
                    ORDER BY s.profile_pk
                ON CONFLICT DO NOTHING
                """, ct, ("list", (int)list));
            if (!HeadOnly(list))
                await ExecuteAsync($"""
                    INSERT INTO completion_edges (list, profile_pk, change)
                        SELECT @list, e.profile_pk, 'Lost' FROM {view} e
                        WHERE e.target_id = @target AND e.lost_in_crawl_id IS NULL
                            AND NOT EXISTS (SELECT 1 FROM completion_edges c WHERE c.list = @list AND c.profile_pk = e.profile_pk)
                    """, ct, ("list", (int)list));
            var presentBefore = await ScalarAsync($"SELECT count(*) FROM {view} WHERE target_id = @target AND lost_in_crawl_id IS NULL", ct);
            var isNew = await ScalarAsync("SELECT count(*) FROM completion_edges WHERE list = @list AND change = 'New'", ct, ("list", (int)list));
            var arrived = await ScalarAsync("SELECT count(*) FROM completion_edges WHERE list = @list AND change IN ('New', 'Baseline')", ct, ("list", (int)list));
            var lost = await ScalarAsync("SELECT count(*) FROM completion_edges WHERE list = @list AND change = 'Lost'", ct, ("list", (int)list));
            deltas[list] = new ListDelta(presentBefore - lost + arrived, isNew, lost);
        }
        await ExecuteAsync("ANALYZE completion_edges", ct); // a TEMP table has no statistics until asked: the joins below need them
        return deltas;
    }

    public Task LogChangesAsync(CancellationToken ct) => ExecuteAsync("""
        INSERT INTO follow_changes (target_id, list, profile_pk, crawl_id, kind)
            SELECT @target, list, profile_pk, @crawl, change FROM completion_edges WHERE change <> 'Seen'
            ORDER BY list, profile_pk
        """, ct);

    /// <summary>The lost are marked, the present still listed are seen again, the new and the returning are inserted or revived.</summary>
    public async Task WriteEdgesAsync(CancellationToken ct)
    {
        foreach (var list in Lists.Where(crawl.Covers))
        {
            var table = EdgeTables.Of(list);
            var seen = HeadOnly(list)
                ? $"UPDATE {table} SET last_seen_crawl_id = @crawl WHERE target_id = @target AND profile_pk IN (SELECT profile_pk FROM completion_edges WHERE list = @list AND change = 'Seen')"
                : $"UPDATE {table} SET last_seen_crawl_id = @crawl WHERE target_id = @target AND lost_in_crawl_id IS NULL";
            await ExecuteAsync($"""
                UPDATE {table} SET lost_in_crawl_id = @crawl
                    WHERE target_id = @target AND profile_pk IN (SELECT profile_pk FROM completion_edges WHERE list = @list AND change = 'Lost')
                """, ct, ("list", (int)list));
            await ExecuteAsync(seen, ct, ("list", (int)list));
            await ExecuteAsync($"""
                INSERT INTO {table} (target_id, profile_pk, first_seen_crawl_id, last_seen_crawl_id, lost_in_crawl_id)
                    SELECT @target, profile_pk, @crawl, @crawl, NULL FROM completion_edges
                    WHERE list = @list AND change IN ('New', 'Baseline')
                    ORDER BY profile_pk
                ON CONFLICT (target_id, profile_pk) DO UPDATE SET
                    first_seen_crawl_id = excluded.first_seen_crawl_id, last_seen_crawl_id = excluded.last_seen_crawl_id,
                    previous_seen_crawl_id = NULL, lost_in_crawl_id = NULL
                """, ct, ("list", (int)list));
        }
    }

    /// <summary>The status flip, then the crawl's staged rows go, and all of it commits.</summary>
    public async Task FinishAsync(Func<DbConnection, DbTransaction, Task> markSucceeded, CancellationToken ct)
    {
        await markSucceeded(connection, tx);
        await ExecuteAsync("DELETE FROM staged_profiles WHERE crawl_id = @crawl", ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Nothing left: the staged rows went with the commit, the TEMP tables at it.</summary>
    public Task CleanUpAsync(CancellationToken ct) => Task.CompletedTask;

    public TimeSpan TakeLongestTransaction() => TimeSpan.Zero;

    public ValueTask DisposeAsync() => tx.DisposeAsync();

    private bool HeadOnly(FollowList list) =>
        (list == FollowList.Followers ? crawl.FollowersMethod : crawl.FollowingMethod) == CrawlMethod.HeadOnly;

    private Task<int> ExecuteAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        IngestService.ExecuteAsync(connection, tx, sql, ct, [.. Common(sql), .. parameters]);

    private async Task<int> ScalarAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        foreach (var (name, value) in Common(sql).Concat(parameters)) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The crawl and its account, for the statements that name them.</summary>
    private IEnumerable<(string Name, object? Value)> Common(string sql) =>
        new (string Name, object? Value)[] { ("crawl", crawl.Id), ("target", crawl.AccountId) }
            .Where(p => sql.Contains("@" + p.Name, StringComparison.Ordinal));
}
