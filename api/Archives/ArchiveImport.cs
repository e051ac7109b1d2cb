using InstaIntel.Api.Accounts;
using InstaIntel.Api.Followers;
using InstaIntel.Api.Ingest;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Persistence;
using InstaIntel.Api.Profiles;
using InstaIntel.Api.Scrapes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Archives;

/// <param name="PlacedInPast">The archive is older than the account's newest complete crawl: it only filled in follow dates.</param>
/// <param name="UsernameOnly">People no crawl has seen yet: kept by username until a crawl gives their id.</param>
public sealed record ArchiveImportResult(Scrape Scrape, int Followers, int Following, int UsernameOnly, bool PlacedInPast);

/// <summary>
/// Turns an archive into one crawl of its owner with source DATA_EXPORT, dated when Instagram made the archive, so its
/// new and lost people count as a crawl's do. The archive has usernames but no ids: a username a crawl already saw
/// takes that profile; any other becomes a username-only profile (negative pk, <see cref="UsernameOnlyProfiles"/>) that
/// the first crawl listing the username takes over.
/// </summary>
public sealed class ArchiveImport(InstaIntelDb db, AccountService accounts, ScrapeService scrapes, IngestService ingest, TimeProvider clock)
{
    private const int PageSize = 5_000;

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
        if (await scrapes.ActiveForAsync(account.Id, ct) is { Source: FollowSource.DataExport } interrupted)
            await scrapes.StopAsync(interrupted.Id, ScrapeStatus.Failed, "The import was interrupted (the server stopped); nothing of it was kept.", ct);
        if (await scrapes.ActiveForAsync(account.Id, ct) is { } active)
            throw new ArchiveException(ArchiveProblem.Busy, $"@{owner} has a crawl {active.Status.Describe()}; import the archive when it has ended.");

        var followers = archive[ArchiveList.Followers];
        var following = archive[ArchiveList.Following];
        var now = clock.GetUtcNow().UtcDateTime;
        var madeAt = archive.ExportedAt ?? archive.NewestRelation ?? now;
        if (madeAt > now) madeAt = now;

        var newestCrawl = await db.Scrapes.AsNoTracking()
            .Where(s => s.AccountId == account.Id && s.Status == ScrapeStatus.Succeeded)
            .OrderByDescending(Scrape.SeenAt).Select(Scrape.SeenAt).FirstOrDefaultAsync(ct) > madeAt;
        var profiles = await ProfilesAsync([.. followers.Concat(following).Select(p => p.Username).Distinct()], ct);

        Scrape scrape;
        if (newestCrawl)
            scrape = await scrapes.RecordPastAsync(account.Id, FollowSource.DataExport, madeAt, followers.Count, following.Count, ct);
        else
        {
            scrape = await scrapes.QueueAsync(account.Id, ScrapeLists.Both, ct, source: FollowSource.DataExport);
            try
            {
                await scrapes.MarkRunningAsync(scrape.Id, ct);
                await IngestAsync(scrape.Id, FollowList.Followers, followers, profiles, ct);
                await IngestAsync(scrape.Id, FollowList.Following, following, profiles, ct);
                scrape = await scrapes.CompleteAsync(scrape.Id, FollowSource.DataExport, ct, seenAt: madeAt);
            }
            catch (Exception e) when (e is not ArchiveException)
            {
                await scrapes.StopAsync(scrape.Id, ScrapeStatus.Failed, "The import stopped before it was complete; nothing of it was kept.", CancellationToken.None);
                throw;
            }
        }

        await SetFollowedAtAsync(account.Id, FollowList.Followers, followers, profiles, ct);
        await SetFollowedAtAsync(account.Id, FollowList.Following, following, profiles, ct);
        return new ArchiveImportResult(await scrapes.GetAsync(scrape.Id, ct), followers.Count, following.Count,
            profiles.Values.Count(p => UsernameOnlyProfiles.Is(p.Pk)), newestCrawl);
    }

    /// <summary>The profile each username stands for: the one a crawl saw last under it, else a new username-only one.</summary>
    private async Task<Dictionary<string, ProfileData>> ProfilesAsync(List<string> usernames, CancellationToken ct)
    {
        var known = new Dictionary<string, ProfileData>(StringComparer.Ordinal);
        foreach (var chunk in usernames.Chunk(900))
            foreach (var p in await db.Profiles.AsNoTracking().Where(p => chunk.Contains(p.Username)).OrderBy(p => p.UpdatedAt).ToListAsync(ct))
                known[p.Username] = new ProfileData(p.Pk, p.Username, p.FullName, p.ProfilePicUrl, p.IsVerified, p.IsPrivate);

        var next = Math.Min(await db.Profiles.MinAsync(p => (long?)p.Pk, ct) ?? 0, 0);
        foreach (var username in usernames.Where(u => !known.ContainsKey(u)))
            known[username] = new ProfileData(--next, username);
        return known;
    }

    private async Task IngestAsync(long scrapeId, FollowList list, IReadOnlyList<ArchivedPerson> people, Dictionary<string, ProfileData> profiles, CancellationToken ct)
    {
        foreach (var page in people.Chunk(PageSize))
            await ingest.IngestPageAsync(scrapeId, list, [.. page.Select(p => profiles[p.Username])], null, ct);
    }

    private async Task SetFollowedAtAsync(long accountId, FollowList list, IReadOnlyList<ArchivedPerson> people, Dictionary<string, ProfileData> profiles, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await using var update = connection.CreateCommand();
        update.Transaction = tx;
        update.CommandText = $"UPDATE {(list == FollowList.Followers ? "followers" : "following")} SET followed_at = $at WHERE target_id = $target AND profile_pk = $pk";
        var at = update.Parameters.Add("$at", SqliteType.Text);
        update.Parameters.AddWithValue("$target", accountId);
        var pk = update.Parameters.Add("$pk", SqliteType.Integer);
        foreach (var person in people.Where(p => p.Since is not null))
        {
            at.Value = person.Since!.Value;
            pk.Value = profiles[person.Username].Pk;
            await update.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
    }
}
