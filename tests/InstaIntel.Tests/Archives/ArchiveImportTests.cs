using InstaIntel.Api.Archives;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Followers;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static InstaIntel.Tests.Support.People;

namespace InstaIntel.Tests.Archives;

public class ArchiveImportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly DateTime MadeAt = new(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc);

    private static string Owner() => $"o{Guid.NewGuid():N}"[..20];

    private static Archive ArchiveOf(IEnumerable<string> followers, IEnumerable<string> following, DateTime? madeAt = null) =>
        new("ignored", madeAt ?? MadeAt, ArchiveFormat.Json, new Dictionary<ArchiveList, IReadOnlyList<ArchivedPerson>>
        {
            [ArchiveList.Followers] = [.. followers.Select((u, i) => new ArchivedPerson(u, ArchiveFixtures.Since.AddDays(i)))],
            [ArchiveList.Following] = [.. following.Select((u, i) => new ArchivedPerson(u, ArchiveFixtures.Since.AddDays(i)))],
        });

    private Task<ArchiveImportResult> ImportAsync(Archive archive, string owner) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<ArchiveImport>().ImportAsync(archive, owner, CancellationToken.None));

    private Task<List<(long Pk, string Username, DateTime? FollowedAt, bool Present)>> FollowersAsync(long accountId) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<InstaIntelDb>();
            return (await (from e in db.Followers.AsNoTracking()
                           join p in db.Profiles.AsNoTracking() on e.ProfilePk equals p.Pk
                           where e.TargetId == accountId
                           orderby p.Username
                           select new { p.Pk, p.Username, e.FollowedAt, e.LostInCrawlId }).ToListAsync())
                .Select(r => (r.Pk, r.Username, r.FollowedAt, r.LostInCrawlId is null)).ToList();
        });

    [Fact]
    public async Task An_archive_becomes_a_dated_crawl_with_username_only_profiles_and_follow_dates()
    {
        var owner = Owner();
        var result = await ImportAsync(ArchiveOf(["zed.one", "zed.two"], ["zed.two", "zed.three"]), owner);

        Assert.Equal((CrawlStatus.Succeeded, FollowSource.DataExport, MadeAt), (result.Crawl.Status, result.Crawl.Source, result.Crawl.FinishedAt));
        Assert.Equal((2, 2, 3, false), (result.Followers, result.Following, result.UsernameOnly, result.PlacedInPast));
        var followers = await FollowersAsync(result.Crawl.AccountId);
        Assert.Equal(["zed.one", "zed.two"], followers.Select(f => f.Username));
        Assert.All(followers, f => Assert.True(UsernameOnlyProfiles.Is(f.Pk)));
        Assert.Equal(ArchiveFixtures.Since.AddDays(1), followers[1].FollowedAt);
    }

    [Fact]
    public async Task A_later_crawl_takes_over_username_only_profiles_without_marking_anyone_lost_or_new()
    {
        var owner = Owner();
        var imported = await ImportAsync(ArchiveOf([Person(9001).Username, Person(9002).Username], []), owner);

        var crawl = await app.CrawlAsync(imported.Crawl.AccountId, [Person(9001), Person(9002), Person(9003)]);

        Assert.Equal((3, 1, 0), (crawl.FollowersTotal, crawl.FollowersNew, crawl.FollowersLost));
        var followers = await FollowersAsync(imported.Crawl.AccountId);
        Assert.Equal([9001L, 9002, 9003], followers.Select(f => f.Pk));
        Assert.All(followers, f => Assert.True(f.Present));
        Assert.Equal(ArchiveFixtures.Since, followers[0].FollowedAt);
        var placeholders = await app.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().Profiles
            .CountAsync(p => p.Username == Person(9001).Username && p.Pk < 0));
        Assert.Equal(0, placeholders);
    }

    [Fact]
    public async Task Someone_renamed_between_the_archive_and_the_crawl_keeps_their_place_and_is_neither_lost_nor_new()
    {
        // Archive, oldest first: 9401, then "old.name" (now 9402 under a new username), then 9403. The crawl lists newest
        // first, as Instagram does, with one real newcomer on top.
        var imported = await ImportAsync(ArchiveOf([Person(9401).Username, "old.name", Person(9403).Username], []), Owner());

        var crawl = await app.CrawlAsync(imported.Crawl.AccountId, [Person(9404), Person(9403), Person(9402), Person(9401)]);

        Assert.Equal((4, 1, 0), (crawl.FollowersTotal, crawl.FollowersNew, crawl.FollowersLost));
        var followers = await FollowersAsync(imported.Crawl.AccountId);
        Assert.Equal([9401L, 9402, 9403, 9404], followers.Select(f => f.Pk));
        Assert.Equal(ArchiveFixtures.Since.AddDays(1), followers[1].FollowedAt);
    }

    [Fact]
    public async Task A_gap_that_does_not_add_up_is_not_guessed_at()
    {
        // "gone.one" left and "old.name" renamed to 9502 in the same gap: two archive people, one unseen profile.
        var imported = await ImportAsync(ArchiveOf([Person(9501).Username, "gone.one", "old.name", Person(9503).Username], []), Owner());

        var crawl = await app.CrawlAsync(imported.Crawl.AccountId, [Person(9503), Person(9502), Person(9501)]);

        Assert.Equal((3, 1, 2), (crawl.FollowersTotal, crawl.FollowersNew, crawl.FollowersLost));
    }

    [Fact]
    public async Task A_newer_archive_matches_known_profiles_and_names_who_left()
    {
        var owner = Owner();
        var account = await app.AddAccountAsync(owner);
        await app.CrawlAsync(account.Id, [Person(9101), Person(9102)], []);

        var result = await ImportAsync(ArchiveOf([Person(9101).Username, "new.fan"], [], madeAt: DateTime.UtcNow.AddMinutes(1)), owner);

        Assert.Equal((2, 1, 1), (result.Crawl.FollowersTotal, result.Crawl.FollowersNew, result.Crawl.FollowersLost));
        var followers = await FollowersAsync(account.Id);
        Assert.Contains(followers, f => f is { Pk: 9101, Present: true } && f.FollowedAt == ArchiveFixtures.Since);
        Assert.Contains(followers, f => f is { Pk: 9102, Present: false });
        Assert.Contains(followers, f => f.Username == "new.fan" && UsernameOnlyProfiles.Is(f.Pk));
    }

    [Fact]
    public async Task An_archive_older_than_the_newest_crawl_only_fills_in_follow_dates()
    {
        var owner = Owner();
        var account = await app.AddAccountAsync(owner);
        await app.CrawlAsync(account.Id, [Person(9201), Person(9202)], []);

        var result = await ImportAsync(ArchiveOf([Person(9202).Username, "left.long.ago"], [], madeAt: MadeAt.AddYears(-1)), owner);

        Assert.True(result.PlacedInPast);
        Assert.Equal((MadeAt.AddYears(-1), (int?)null, (int?)null), (result.Crawl.FinishedAt, result.Crawl.FollowersNew, result.Crawl.FollowersLost));
        var followers = await FollowersAsync(account.Id);
        Assert.Equal([9201L, 9202], followers.Select(f => f.Pk));
        Assert.All(followers, f => Assert.True(f.Present));
        Assert.Equal(ArchiveFixtures.Since, followers.Single(f => f.Pk == 9202).FollowedAt);
    }

    [Fact]
    public async Task An_account_with_a_crawl_under_way_is_not_imported_into()
    {
        var owner = Owner();
        var account = await app.AddAccountAsync(owner);
        await app.WithScopeAsync(sp => sp.GetRequiredService<CrawlService>().QueueAsync(account.Id, CrawlLists.Both, CancellationToken.None));

        var error = await Assert.ThrowsAsync<ArchiveException>(() => ImportAsync(ArchiveOf(["zed.one"], []), owner));
        Assert.Equal(ArchiveProblem.Busy, error.Problem);
        Assert.Empty(await FollowersAsync(account.Id));
    }

    [Fact]
    public async Task An_older_archive_takes_its_place_in_the_timeline_by_date()
    {
        var owner = Owner();
        var account = await app.AddAccountAsync(owner);
        await app.CrawlAsync(account.Id, [Person(9301)], []);
        await ImportAsync(ArchiveOf([Person(9301).Username], [], madeAt: MadeAt.AddYears(-1)), owner);

        var data = await app.GraphQL().DataAsync($$"""{ account(username: "{{owner}}") { timeline { at } } }""");
        var times = data["account"]!["timeline"]!.AsArray().Select(p => p!["at"]!.GetValue<DateTime>()).ToList();
        Assert.Equal(2, times.Count);
        Assert.Equal(MadeAt.AddYears(-1), times[0].ToUniversalTime());
    }

    [Fact]
    public async Task An_import_cut_short_by_a_stop_is_failed_by_the_next_and_never_handed_to_the_crawl_queue()
    {
        var owner = Owner();
        var account = await app.AddAccountAsync(owner);
        var stranded = await app.WithScopeAsync(async sp =>
        {
            var crawls = sp.GetRequiredService<CrawlService>();
            var crawl = await crawls.QueueAsync(account.Id, CrawlLists.Both, CancellationToken.None, source: FollowSource.DataExport);
            await crawls.MarkRunningAsync(crawl.Id, CancellationToken.None);
            Assert.DoesNotContain(crawl.Id, await crawls.QueuedOrRunningAsync(CancellationToken.None));
            Assert.DoesNotContain(crawl.Id, await crawls.UnfinishedAsync(CancellationToken.None));
            return crawl;
        });

        var result = await ImportAsync(ArchiveOf(["zed.nine"], []), owner);

        Assert.Equal(CrawlStatus.Succeeded, result.Crawl.Status);
        var before = await app.WithScopeAsync(sp => sp.GetRequiredService<CrawlService>().GetAsync(stranded.Id, CancellationToken.None));
        Assert.Equal(CrawlStatus.Failed, before.Status);
        Assert.Contains("interrupted", before.Error);
    }
}

/// <summary>ArchiveImportTests on PostgreSQL: archive imports through its own completion SQL.</summary>
public sealed class ArchiveImportOnPostgresTests(PostgresApp postgres) : ArchiveImportTests(postgres.App), IClassFixture<PostgresApp>;
