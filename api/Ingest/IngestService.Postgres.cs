using System.Data.Common;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Followers;
using InstaIntel.Api.Instagram;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace InstaIntel.Api.Ingest;

/// <summary>
/// The same steps on PostgreSQL. Its readers never wait for a writer and its writers lock rows, not the database, so
/// a crawl's completion is one transaction: readers see the account before it or after it, and another crawl's pages
/// go on meanwhile. Pages are staged with binary COPY.
/// </summary>
public sealed partial class IngestService
{
    private async Task<NpgsqlConnection> OpenNpgsqlAsync(CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        return (NpgsqlConnection)db.Database.GetDbConnection();
    }

    private async Task<int> IngestPageOnPostgresAsync(long crawlId, FollowList list, IReadOnlyList<ProfileData> page, string? nextCheckpoint, CancellationToken ct)
    {
        var connection = await OpenNpgsqlAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await EnsureStatusAsync(connection, tx, crawlId, ct, CrawlStatus.Running, CrawlStatus.PausedRateLimited);
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY staged_profiles (crawl_id, list, profile_pk, username, full_name, profile_pic_url, is_verified, is_private) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var p in page)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(crawlId, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync((int)list, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(p.Pk, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(WithoutNul(p.Username), NpgsqlDbType.Text, ct);
                await copy.WriteAsync(WithoutNul(p.FullName), NpgsqlDbType.Text, ct);
                if (p.ProfilePicUrl is null) await copy.WriteNullAsync(ct);
                else await copy.WriteAsync(WithoutNul(p.ProfilePicUrl), NpgsqlDbType.Text, ct);
                await copy.WriteAsync(p.IsVerified, NpgsqlDbType.Boolean, ct);
                await copy.WriteAsync(p.IsPrivate, NpgsqlDbType.Boolean, ct);
            }
            await copy.CompleteAsync(ct);
        }
        var (fetched, checkpoint) = list == FollowList.Followers
            ? ("followers_fetched", "followers_checkpoint")
            : ("following_fetched", "following_checkpoint");
        await ExecuteAsync(connection, tx, $"UPDATE crawls SET {fetched} = {fetched} + @count, {checkpoint} = @checkpoint WHERE id = @id", ct,
            ("count", page.Count), ("checkpoint", nextCheckpoint), ("id", crawlId));
        await tx.CommitAsync(ct);
        return page.Count;
    }

    /// <summary>PostgreSQL's text cannot hold NUL, which a name may carry (SQLite keeps it; exports drop it anyway).</summary>
    private static string WithoutNul(string text) => text.Contains('\0') ? text.Replace("\0", "") : text;

    private async Task EndHeadOnlyOnPostgresAsync(long crawlId, FollowList list, string doneCheckpoint, CancellationToken ct)
    {
        var connection = await OpenNpgsqlAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await EnsureStatusAsync(connection, tx, crawlId, ct, CrawlStatus.Running, CrawlStatus.PausedRateLimited);
        var (checkpoint, method) = list == FollowList.Followers ? ("followers_checkpoint", "followers_method") : ("following_checkpoint", "following_method");
        await ExecuteAsync(connection, tx, $"UPDATE crawls SET {checkpoint} = @checkpoint, {method} = 'HeadOnly' WHERE id = @id", ct,
            ("checkpoint", doneCheckpoint), ("id", crawlId));
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// Completion in one transaction, which holds the crawl's row from the start so that a stop cannot cross it. The
    /// plan goes into TEMP tables dropped at commit; profiles and edges are written in key order, so two completions
    /// touching the same profiles lock them in the same order.
    /// </summary>
    private async Task<Crawl> CompleteOnPostgresAsync(long crawlId, FollowSource? source, CancellationToken ct, DateTime? seenAt,
        Func<DbTransaction, CancellationToken, Task>? alsoRecord)
    {
        var connection = await OpenNpgsqlAsync(ct);
        var now = DateTime.SpecifyKind(seenAt ?? clock.GetUtcNow().UtcDateTime, DateTimeKind.Utc);
        await using (var tx = await connection.BeginTransactionAsync(ct))
        {
            await EnsureStatusAsync(connection, tx, crawlId, ct, CrawlStatus.Running);
            var crawl = await db.Crawls.AsNoTracking().SingleAsync(s => s.Id == crawlId, ct);
            var completion = new PostgresCompletion(connection, tx, crawl);
            await completion.MergeProfilesAsync(now, ct);
            await completion.AdoptUsernameOnlyAsync(ct);
            var deltas = await completion.PlanAsync(ct);
            await completion.LogChangesAsync(ct);
            await completion.ApplyEdgesAsync(ct);
            var followers = deltas.GetValueOrDefault(FollowList.Followers);
            var following = deltas.GetValueOrDefault(FollowList.Following);
            await ExecuteAsync(connection, tx, """
                UPDATE crawls SET status = 'Succeeded', finished_at = @now,
                    created_at = LEAST(created_at, @now), started_at = LEAST(coalesce(started_at, @now), @now), resumes_at = NULL,
                    source = coalesce(@source, source),
                    followers_total = @ft, followers_new = @fn, followers_lost = @fl,
                    following_total = @gt, following_new = @gn, following_lost = @gl,
                    followers_method = CASE WHEN (lists & 1) <> 0 THEN coalesce(followers_method, 'Full') END,
                    following_method = CASE WHEN (lists & 2) <> 0 THEN coalesce(following_method, 'Full') END
                WHERE id = @id
                """, ct, ("now", now), ("source", source?.ToString()),
                ("ft", followers?.Total), ("fn", followers?.New), ("fl", followers?.Lost),
                ("gt", following?.Total), ("gn", following?.New), ("gl", following?.Lost), ("id", crawlId));
            await ExecuteAsync(connection, tx, "UPDATE accounts SET last_crawled_at = @now WHERE id = @account", ct, ("now", now), ("account", crawl.AccountId));
            if (alsoRecord is not null) await alsoRecord(tx, ct);
            await ExecuteAsync(connection, tx, "DELETE FROM staged_profiles WHERE crawl_id = @id", ct, ("id", crawlId));
            await tx.CommitAsync(ct);
        }
        return await db.Crawls.AsNoTracking().SingleAsync(s => s.Id == crawlId, ct);
    }

    /// <summary>What a stopped crawl saw stays findable: its profiles are merged, in their own transaction.</summary>
    private async Task MergeStoppedProfilesOnPostgresAsync(long crawlId, DateTime now, CancellationToken ct)
    {
        var connection = await OpenNpgsqlAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await new PostgresCompletion(connection, tx, new Crawl { Id = crawlId }).MergeProfilesAsync(DateTime.SpecifyKind(now, DateTimeKind.Utc), ct);
        await tx.CommitAsync(ct);
    }

    internal static async Task<int> ExecuteAsync(NpgsqlConnection connection, DbTransaction tx, string sql, CancellationToken ct,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, (NpgsqlTransaction)tx);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return await command.ExecuteNonQueryAsync(ct);
    }
}
