using System.Data.Common;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Followers;
using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace InstaIntel.Api.Ingest;

/// <summary>
/// Ingest on PostgreSQL. Its readers never wait for a writer and its writers lock rows, not the database, so a
/// crawl's completion is one transaction (<see cref="PostgresCompletion"/>): readers see the account before it or
/// after it, and another crawl's pages go on meanwhile. Pages are staged with binary COPY.
/// </summary>
public sealed class PostgresIngest(InstaIntelDb db, TimeProvider clock, CompletionOptions? options = null) : IngestService(db, clock, options)
{
    private protected override bool LocksCrawlRow => true;

    private protected override async Task StageAsync(DbConnection connection, DbTransaction tx, long crawlId, FollowList list, IReadOnlyList<ProfileData> page, CancellationToken ct)
    {
        await using var copy = await ((NpgsqlConnection)connection).BeginBinaryImportAsync(
            "COPY staged_profiles (crawl_id, list, profile_pk, username, full_name, profile_pic_url, is_verified, is_private) FROM STDIN (FORMAT BINARY)", ct);
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

    /// <summary>PostgreSQL's text cannot hold NUL, which a name may carry (SQLite keeps it; exports drop it anyway).</summary>
    private static string WithoutNul(string text) => text.Contains('\0') ? text.Replace("\0", "") : text;

    /// <summary>The completion's transaction holds the crawl's row from the start, so that a stop cannot cross it.</summary>
    private protected override async Task<ICompletionSteps> StartCompletionAsync(long crawlId, CancellationToken ct)
    {
        var connection = await OpenNpgsqlAsync(ct);
        var tx = await connection.BeginTransactionAsync(ct);
        try
        {
            await EnsureStatusAsync(connection, tx, crawlId, ct, CrawlStatus.Running);
            return new PostgresCompletion(connection, tx, await Db.Crawls.AsNoTracking().SingleAsync(s => s.Id == crawlId, ct));
        }
        catch
        {
            await tx.DisposeAsync();
            throw;
        }
    }

    /// <summary>What a stopped crawl saw stays findable: its profiles are merged, in their own transaction.</summary>
    private protected override async Task MergeProfilesSeenAsync(long crawlId, DateTime now, CancellationToken ct)
    {
        var connection = await OpenNpgsqlAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await new PostgresCompletion(connection, tx, new Crawl { Id = crawlId }).MergeProfilesAsync(now, ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>The stopped crawl's staged rows go in the stop's transaction, as they go in the completion's.</summary>
    private protected override Task DiscardWhileStoppingAsync(long crawlId, CancellationToken ct) =>
        Db.StagedProfiles.Where(p => p.CrawlId == crawlId).ExecuteDeleteAsync(ct);

    private async Task<NpgsqlConnection> OpenNpgsqlAsync(CancellationToken ct)
    {
        await Db.Database.OpenConnectionAsync(ct);
        return (NpgsqlConnection)Db.Database.GetDbConnection();
    }
}
