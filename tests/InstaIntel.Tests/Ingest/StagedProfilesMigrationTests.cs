using InstaIntel.Api;
using InstaIntel.Api.Ingest;
using InstaIntel.Api.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using static InstaIntel.Tests.Support.People;

namespace InstaIntel.Tests.Ingest;

public sealed class StagedProfilesMigrationTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("instaintel-migration-").FullName;

    [Fact]
    public async Task A_crawl_paused_across_the_upgrade_completes_with_the_pages_it_had_staged()
    {
        var options = new DbContextOptionsBuilder<InstaIntelDb>()
            .UseSqlite($"Data Source={Path.Combine(folder, "instaintel.db")};Pooling=False").Options;
        await using var db = new InstaIntelDb(options);
        await db.GetService<IMigrator>().MigrateAsync("20261125135114_ProfileSearchDeferred");
        // The schema of that day: the table and its keys still said "scrape" (renamed by CrawlNames).
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO accounts (id, username, full_name, is_verified, is_private, bookmarked, created_at)
                VALUES (1, 'paused', '', 0, 0, 0, '2026-11-01 00:00:00');
            INSERT INTO scrapes (id, account_id, lists, status, created_at, followers_fetched, following_fetched)
                VALUES (7, 1, 1, 'PausedRateLimited', '2026-11-01 00:00:00', 2, 0);
            INSERT INTO profiles (pk, username, full_name, profile_pic_url, is_verified, is_private, updated_at)
                VALUES (11, 'first_page', 'First Page', NULL, 1, 0, '2026-11-01 00:00:00'),
                       (12, 'second_row', 'Second Row', 'https://cdn.example/12.jpg', 0, 1, '2026-11-01 00:00:00');
            INSERT INTO staged_edges (scrape_id, list, profile_pk) VALUES (7, 1, 11), (7, 1, 12);
            """);

        await db.GetService<IMigrator>().MigrateAsync();

        var staged = await db.StagedProfiles.AsNoTracking().OrderBy(s => s.ProfilePk).ToListAsync();
        Assert.Equal([(11L, "first_page", "First Page", null, true, false), (12L, "second_row", "Second Row", "https://cdn.example/12.jpg", false, true)],
            staged.Select(s => (s.ProfilePk, s.Username, s.FullName, s.ProfilePicUrl, s.IsVerified, s.IsPrivate)));
        await db.Database.ExecuteSqlRawAsync("UPDATE crawls SET status = 'Running' WHERE id = 7");
        var ingest = new SqliteIngest(db, TimeProvider.System);
        await ingest.IngestPageAsync(7, FollowList.Followers, [Person(13)], null);
        var done = await ingest.CompleteAsync(7);

        Assert.Equal((3, 3, 0), (done.FollowersFetched, done.FollowersTotal, done.FollowersNew)); // a first crawl is a baseline
        Assert.Equal([11L, 12L, 13L], await db.Followers.Where(e => e.TargetId == 1).OrderBy(e => e.ProfilePk).Select(e => e.ProfilePk).ToListAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
