using System.Data.Common;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Followers;
using InstaIntel.Api.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Ingest;

/// <summary>
/// Ingest on SQLite: pages through a prepared statement, completion in short transactions
/// (<see cref="ChunkedCompletion"/> says why), so SQLite's single writer is never held for long.
/// </summary>
public sealed class SqliteIngest(InstaIntelDb db, TimeProvider clock, CompletionOptions? options = null) : IngestService(db, clock, options)
{
    private protected override async Task StageAsync(DbConnection connection, DbTransaction tx, long crawlId, FollowList list, IReadOnlyList<ProfileData> page, CancellationToken ct)
    {
        await using var stage = ((SqliteConnection)connection).CreateCommand();
        stage.Transaction = (SqliteTransaction)tx;
        stage.CommandText = """
            INSERT INTO staged_profiles (crawl_id, list, profile_pk, username, full_name, profile_pic_url, is_verified, is_private)
            VALUES ($crawl, $list, $pk, $username, $full_name, $pic, $verified, $private)
            """;
        foreach (var name in new[] { "$crawl", "$list", "$pk", "$username", "$full_name", "$pic", "$verified", "$private" })
            stage.Parameters.Add(new SqliteParameter { ParameterName = name });
        foreach (var p in page)
        {
            object?[] values = [crawlId, (int)list, p.Pk, p.Username, p.FullName, p.ProfilePicUrl, p.IsVerified, p.IsPrivate];
            for (var i = 0; i < values.Length; i++) stage.Parameters[i].Value = values[i] ?? DBNull.Value;
            await stage.ExecuteNonQueryAsync(ct);
        }
    }

    private protected override async Task<ICompletionSteps> StartCompletionAsync(long crawlId, CancellationToken ct)
    {
        var connection = await Db.Database.OpenSqliteAsync(ct);
        await EnsureStatusAsync(connection, null, crawlId, ct, CrawlStatus.Running);
        var crawl = await Db.Crawls.AsNoTracking().SingleAsync(s => s.Id == crawlId, ct);
        await SweepFinishedStagesAsync(connection, ct);
        var completion = Chunked(connection, crawl, Options.AfterChunk);
        await completion.LargeCacheAsync(ct);
        return completion;
    }

    /// <summary>
    /// Staged rows stay until their crawl has succeeded or stopped; a process killed between that commit and their
    /// deletion leaves them behind a finished crawl, and the next completion deletes them, with the edges a stopped
    /// one wrote ahead.
    /// </summary>
    private async Task SweepFinishedStagesAsync(SqliteConnection connection, CancellationToken ct)
    {
        var finished = await Db.Crawls.AsNoTracking()
            .Where(s => !CrawlStatuses.Active.Contains(s.Status) && Db.StagedProfiles.Any(p => p.CrawlId == s.Id)).ToListAsync(ct);
        foreach (var crawl in finished)
        {
            var left = Chunked(connection, crawl, afterChunk: null);
            await (crawl.Status == CrawlStatus.Succeeded ? left.CleanUpAsync(ct) : left.DiscardAsync(ct));
        }
    }

    private protected override async Task MergeProfilesSeenAsync(long crawlId, DateTime now, CancellationToken ct)
    {
        if (await StoppingAsync(crawlId, ct) is { } stopping) await stopping.MergeProfilesAsync(now, ct);
    }

    /// <summary>Once the crawl has stopped: what it wrote ahead, its staged rows and its plan go, a chunk at a time.</summary>
    private protected override async Task DiscardOnceStoppedAsync(long crawlId, CancellationToken ct)
    {
        if (await StoppingAsync(crawlId, ct) is { } stopped) await stopped.DiscardAsync(ct);
    }

    private async Task<ChunkedCompletion?> StoppingAsync(long crawlId, CancellationToken ct) =>
        await Db.Crawls.AsNoTracking().SingleOrDefaultAsync(s => s.Id == crawlId, ct) is { } crawl
            ? Chunked(await Db.Database.OpenSqliteAsync(ct), crawl, Options.AfterChunk)
            : null;

    private ChunkedCompletion Chunked(SqliteConnection connection, Crawl crawl, Func<CancellationToken, Task>? afterChunk) =>
        new(connection, crawl, new ChunkSize(Options.ChunkRows, Options.ChunkTime), afterChunk);
}
