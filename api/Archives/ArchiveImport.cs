using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Followers;
using InstaIntel.Api.Ingest;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Persistence;
using InstaIntel.Api.Profiles;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InstaIntel.Api.Archives;

/// <param name="PlacedInPast">The archive is older than the account's newest complete crawl: it only filled in follow dates.</param>
/// <param name="UsernameOnly">People no crawl has seen yet: kept by username until a crawl gives their id.</param>
public sealed record ArchiveImportResult(Crawl Crawl, int Followers, int Following, int UsernameOnly, bool PlacedInPast);

/// <summary>
/// Turns an archive into one crawl of its owner with source DATA_EXPORT, dated when Instagram made the archive, so its
/// new and lost people count as a crawl's do. The archive has usernames but no ids: a username a crawl already saw
/// takes that profile; any other becomes a username-only profile (negative pk, <see cref="UsernameOnlyProfiles"/>) that
/// the first crawl listing the username takes over.
/// </summary>
public sealed class ArchiveImport(InstaIntelDb db, AccountService accounts, CrawlService crawls, IngestService ingest, TimeProvider clock, ILogger<ArchiveImport> log)
{
    private const int PageSize = 5_000;
    private const int DatesPerStatement = 10_000;

    // Username-only pks are handed out below the lowest one in use: one import at a time keeps two from taking the same.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public async Task<ArchiveImportResult> ImportAsync(Archive archive, string owner, CancellationToken ct)
    {
        await OneAtATime.WaitAsync(ct);
        try
        {
            return await ImportAloneAsync(archive, owner, ct);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private async Task<ArchiveImportResult> ImportAloneAsync(Archive archive, string owner, CancellationToken ct)
    {
        var account = await accounts.AddAsync(owner, ct);
        if (await crawls.ActiveForAsync(account.Id, ct) is { Source: FollowSource.DataExport } interrupted)
            await crawls.StopAsync(interrupted.Id, CrawlStatus.Failed, "The import was interrupted (the server stopped); nothing of it was kept.", ct);
        if (await crawls.ActiveForAsync(account.Id, ct) is { } active)
            throw new ArchiveException(ArchiveProblem.Busy, $"@{owner} has a crawl {active.Status.Describe()}; import the archive when it has ended.");

        var followers = archive[ArchiveList.Followers];
        var following = archive[ArchiveList.Following];
        var now = clock.GetUtcNow().UtcDateTime;
        var madeAt = archive.ExportedAt ?? archive.NewestRelation ?? now;
        if (madeAt > now) madeAt = now;

        var newestCrawl = await db.Crawls.AsNoTracking()
            .Where(s => s.AccountId == account.Id && s.Status == CrawlStatus.Succeeded)
            .OrderByDescending(Crawl.SeenAt).Select(Crawl.SeenAt).FirstOrDefaultAsync(ct) > madeAt;
        var phases = Stopwatch.StartNew();
        var profiles = await ProfilesAsync([.. followers.Concat(following).Select(p => p.Username).Distinct()], ct);
        var profilesTook = phases.Elapsed;

        Crawl crawl;
        if (newestCrawl)
            crawl = await crawls.RecordPastAsync(account.Id, FollowSource.DataExport, madeAt, followers.Count, following.Count, ct);
        else
        {
            crawl = await crawls.QueueAsync(account.Id, CrawlLists.Both, ct, source: FollowSource.DataExport);
            try
            {
                await crawls.MarkRunningAsync(crawl.Id, ct);
                await IngestAsync(crawl.Id, FollowList.Followers, followers, profiles, ct);
                await IngestAsync(crawl.Id, FollowList.Following, following, profiles, ct);
                crawl = await crawls.CompleteAsync(crawl.Id, FollowSource.DataExport, ct, seenAt: madeAt);
            }
            catch (Exception e) when (e is not ArchiveException)
            {
                await crawls.StopAsync(crawl.Id, CrawlStatus.Failed, "The import stopped before it was complete; nothing of it was kept.", CancellationToken.None);
                throw;
            }
        }

        var listsTook = phases.Elapsed - profilesTook;
        await SetFollowedAtAsync(account.Id, FollowList.Followers, followers, profiles, ct);
        await SetFollowedAtAsync(account.Id, FollowList.Following, following, profiles, ct);
        log.LogInformation("Imported the archive of @{Owner}: {Followers} followers, {Following} following; profiles matched in {ProfilesMs} ms, lists recorded in {ListsMs} ms, follow dates in {DatesMs} ms",
            owner, followers.Count, following.Count, (int)profilesTook.TotalMilliseconds, (int)listsTook.TotalMilliseconds, (int)(phases.Elapsed - profilesTook - listsTook).TotalMilliseconds);
        return new ArchiveImportResult(await crawls.GetAsync(crawl.Id, ct), followers.Count, following.Count,
            profiles.Values.Count(p => UsernameOnlyProfiles.Is(p.Pk)), newestCrawl);
    }

    /// <summary>The profile each username stands for: the one a crawl saw last under it, else a new username-only one.</summary>
    private async Task<Dictionary<string, ProfileData>> ProfilesAsync(List<string> usernames, CancellationToken ct)
    {
        // One look-up joined on the list as a JSON parameter: a chunked IN (…) costs a statement per 900 names.
        var known = new Dictionary<string, ProfileData>(StringComparer.Ordinal);
        await db.Database.OpenConnectionAsync(ct);
        await using (var select = db.Database.GetDbConnection().CreateCommand())
        {
            if (select is NpgsqlCommand onPostgres)
            {
                onPostgres.CommandText = """
                    SELECT p.pk, p.username, p.full_name, p.profile_pic_url, p.is_verified, p.is_private
                    FROM profiles AS p WHERE p.username = ANY(@usernames)
                    ORDER BY p.updated_at
                    """;
                onPostgres.Parameters.AddWithValue("usernames", usernames.ToArray());
            }
            else
            {
                select.CommandText = """
                    SELECT p.pk, p.username, p.full_name, p.profile_pic_url, p.is_verified, p.is_private
                    FROM json_each($usernames) AS j JOIN profiles AS p ON p.username = j.value
                    ORDER BY p.updated_at
                    """;
                ((SqliteCommand)select).Parameters.AddWithValue("$usernames", JsonSerializer.Serialize(usernames));
            }
            await using var rows = await select.ExecuteReaderAsync(ct);
            while (await rows.ReadAsync(ct))
            {
                var username = rows.GetString(1);
                known[username] = new ProfileData(rows.GetInt64(0), username, rows.GetString(2),
                    rows.IsDBNull(3) ? null : rows.GetString(3), rows.GetBoolean(4), rows.GetBoolean(5));
            }
        }

        var next = Math.Min(await db.Profiles.MinAsync(p => (long?)p.Pk, ct) ?? 0, 0);
        foreach (var username in usernames.Where(u => !known.ContainsKey(u)))
            known[username] = new ProfileData(--next, username);
        return known;
    }

    private async Task IngestAsync(long crawlId, FollowList list, IReadOnlyList<ArchivedPerson> people, Dictionary<string, ProfileData> profiles, CancellationToken ct)
    {
        foreach (var page in people.Chunk(PageSize))
            await ingest.IngestPageAsync(crawlId, list, [.. page.Select(p => profiles[p.Username])], null, ct);
    }

    private async Task SetFollowedAtAsync(long accountId, FollowList list, IReadOnlyList<ArchivedPerson> people, Dictionary<string, ProfileData> profiles, CancellationToken ct)
    {
        var table = EdgeTables.Of(list);
        var dated = people.Where(p => p.Since is not null);
        if (db.Database.IsNpgsql())
        {
            await SetFollowedAtOnPostgresAsync(accountId, table, dated, profiles, ct);
            return;
        }
        var connection = await db.Database.OpenSqliteAsync(ct);
        // Materialised first: joined directly, SQLite scans the whole JSON list once per edge of the account.
        await using var update = connection.CreateCommand();
        update.CommandText = $"""
            WITH d AS MATERIALIZED (SELECT value ->> 'pk' AS pk, value ->> 'at' AS at FROM json_each($dated))
            UPDATE {table} AS e SET followed_at = d.at
            FROM d WHERE e.target_id = $target AND e.profile_pk = d.pk
            """;
        update.Parameters.AddWithValue("$target", accountId);
        var slice = update.Parameters.Add("$dated", SqliteType.Text);
        // In slices, so the list never sits in memory as one JSON text several megabytes long.
        foreach (var part in dated.Chunk(DatesPerStatement))
        {
            slice.Value = JsonSerializer.Serialize(part.Select(p => new DatedEdge(profiles[p.Username].Pk, p.Since!.Value)), DatedEdge.Json);
            await update.ExecuteNonQueryAsync(ct);
        }
    }

    private async Task SetFollowedAtOnPostgresAsync(long accountId, string table, IEnumerable<ArchivedPerson> dated, Dictionary<string, ProfileData> profiles, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        await using var update = new NpgsqlCommand($"""
            UPDATE {table} AS e SET followed_at = d.at
            FROM unnest(@pks, @ats) AS d(pk, at) WHERE e.target_id = @target AND e.profile_pk = d.pk
            """, (NpgsqlConnection)db.Database.GetDbConnection());
        update.Parameters.AddWithValue("target", accountId);
        var (pks, ats) = (update.Parameters.Add("pks", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Bigint),
            update.Parameters.Add("ats", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.TimestampTz));
        foreach (var slice in dated.Chunk(DatesPerStatement))
        {
            pks.Value = slice.Select(p => profiles[p.Username].Pk).ToArray();
            ats.Value = slice.Select(p => DateTime.SpecifyKind(p.Since!.Value, DateTimeKind.Utc)).ToArray();
            await update.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>The format matches how EF stores a DateTime in SQLite, so reads of followed_at see the same values.</summary>
    private sealed record DatedEdge(long Pk, [property: JsonConverter(typeof(SqliteDateTime))] DateTime At)
    {
        public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    }

    private sealed class SqliteDateTime : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
    }
}
