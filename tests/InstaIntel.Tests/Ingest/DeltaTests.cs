using InstaIntel.Api;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Followers;
using InstaIntel.Api.Ingest;
using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static InstaIntel.Tests.Support.People;

namespace InstaIntel.Tests.Ingest;

public class DeltaTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<long> NewAccountAsync() => (await app.AddAccountAsync($"t{Guid.NewGuid():N}"[..20])).Id;

    private Task<List<(long Pk, long First, long Last, long? Lost)>> EdgesAsync(long accountId) =>
        app.WithScopeAsync(async sp => (await sp.GetRequiredService<InstaIntelDb>().Followers.AsNoTracking()
                .Where(e => e.TargetId == accountId).OrderBy(e => e.ProfilePk).ToListAsync())
            .Select(e => (e.ProfilePk, e.FirstSeenCrawlId, e.LastSeenCrawlId, e.LostInCrawlId)).ToList());

    [Fact]
    public async Task First_crawl_stores_every_follower_as_a_baseline_with_nobody_new()
    {
        var account = await NewAccountAsync();
        var crawl = await app.CrawlAsync(account, Range(1, 120));

        Assert.Equal(CrawlStatus.Succeeded, crawl.Status);
        Assert.Equal((120, 0, 0), (crawl.FollowersTotal, crawl.FollowersNew, crawl.FollowersLost));
        Assert.Equal(120, (await ChangesAsync(account)).Count(c => c.Kind == ChangeKind.Baseline && c.CrawlId == crawl.Id));
        Assert.Null(crawl.FollowingTotal);
        var edges = await EdgesAsync(account);
        Assert.Equal(120, edges.Count);
        Assert.All(edges, e => Assert.Equal((crawl.Id, crawl.Id, (long?)null), (e.First, e.Last, e.Lost)));
    }

    private Task<List<FollowChange>> ChangesAsync(long accountId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().FollowChanges.AsNoTracking()
            .Where(c => c.TargetId == accountId).OrderBy(c => c.Id).ToListAsync());

    [Fact]
    public async Task The_change_log_keeps_every_departure_and_return()
    {
        var account = await NewAccountAsync();
        var first = await app.CrawlAsync(account, Range(1, 3));
        var left = await app.CrawlAsync(account, Range(2, 3));
        var back = await app.CrawlAsync(account, Range(1, 3));
        var again = await app.CrawlAsync(account, Range(2, 4));

        var story = (await ChangesAsync(account)).Where(c => c.ProfilePk == 1).Select(c => (c.CrawlId, c.Kind));
        Assert.Equal([(first.Id, ChangeKind.Baseline), (left.Id, ChangeKind.Lost), (back.Id, ChangeKind.New), (again.Id, ChangeKind.Lost)], story);
        Assert.Equal([(again.Id, ChangeKind.New)], (await ChangesAsync(account)).Where(c => c.ProfilePk == 4).Select(c => (c.CrawlId, c.Kind)));
        Assert.All(await ChangesAsync(account), c => Assert.Equal(FollowList.Followers, c.List));
    }

    [Fact]
    public async Task A_first_following_crawl_is_a_baseline_even_after_follower_crawls()
    {
        var account = await NewAccountAsync();
        await app.CrawlAsync(account, Range(1, 5));
        var both = await app.CrawlAsync(account, Range(1, 5), Range(10, 14));
        Assert.Equal((5, 0), (both.FollowingTotal, both.FollowingNew));
        Assert.All((await ChangesAsync(account)).Where(c => c.List == FollowList.Following), c => Assert.Equal(ChangeKind.Baseline, c.Kind));
    }

    [Fact]
    public async Task Second_crawl_marks_new_and_lost_and_keeps_first_seen()
    {
        var account = await NewAccountAsync();
        var first = await app.CrawlAsync(account, Range(1, 10));
        var second = await app.CrawlAsync(account, Range(3, 12));

        Assert.Equal((10, 2, 2), (second.FollowersTotal, second.FollowersNew, second.FollowersLost));
        var edges = (await EdgesAsync(account)).ToDictionary(e => e.Pk);
        Assert.Equal(second.Id, edges[1].Lost);
        Assert.Equal(first.Id, edges[1].Last);
        Assert.Equal((first.Id, second.Id, (long?)null), (edges[5].First, edges[5].Last, edges[5].Lost));
        Assert.Equal((second.Id, second.Id), (edges[12].First, edges[12].Last));
    }

    [Fact]
    public async Task A_follower_who_returns_after_being_lost_is_new_again_and_no_longer_lost()
    {
        var account = await NewAccountAsync();
        await app.CrawlAsync(account, Range(1, 3));
        var lostIn = await app.CrawlAsync(account, Range(2, 3));
        var back = await app.CrawlAsync(account, Range(1, 3));

        Assert.Equal((1, 0), (back.FollowersNew, back.FollowersLost));
        var edge = (await EdgesAsync(account)).Single(e => e.Pk == 1);
        Assert.Equal((back.Id, back.Id, (long?)null), (edge.First, edge.Last, edge.Lost));
        Assert.Equal(1, lostIn.FollowersLost);
    }

    [Fact]
    public async Task Someone_lost_earlier_is_not_lost_again()
    {
        var account = await NewAccountAsync();
        await app.CrawlAsync(account, Range(1, 3));
        var lostIn = await app.CrawlAsync(account, Range(2, 3));
        var later = await app.CrawlAsync(account, Range(2, 3));

        Assert.Equal(0, later.FollowersLost);
        Assert.Equal(lostIn.Id, (await EdgesAsync(account)).Single(e => e.Pk == 1).Lost);
    }

    [Theory]
    [InlineData(CrawlStatus.Failed)]
    [InlineData(CrawlStatus.Cancelled)]
    public async Task A_crawl_that_stops_part_way_marks_nobody_lost_or_new(CrawlStatus stopAs)
    {
        var account = await NewAccountAsync();
        var complete = await app.CrawlAsync(account, Range(1, 100));
        var before = await EdgesAsync(account);

        var stopped = await app.WithScopeAsync(async sp =>
        {
            var ingest = sp.GetRequiredService<IngestService>();
            var partial = await sp.BeginCrawlAsync(account, CrawlLists.Followers);
            await ingest.IngestPageAsync(partial.Id, FollowList.Followers, Range(50, 60).Append(Person(500)).ToList(), "next");
            return await ingest.StopAsync(partial.Id, stopAs, "Instagram asked to wait");
        });

        Assert.Equal(stopAs, stopped.Status);
        Assert.Equal(11 + 1, stopped.FollowersFetched);
        Assert.Equal(before, await EdgesAsync(account));
        var staged = await app.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().StagedProfiles.CountAsync(e => e.CrawlId == stopped.Id));
        Assert.Equal(0, staged);
        Assert.NotEqual(complete.Id, stopped.Id);
    }

    [Fact]
    public async Task A_profile_listed_twice_counts_once_with_what_the_later_page_said()
    {
        var account = await NewAccountAsync();
        var crawl = await app.WithScopeAsync(async sp =>
        {
            var ingest = sp.GetRequiredService<IngestService>();
            var s = await sp.BeginCrawlAsync(account, CrawlLists.Followers);
            var page = Range(1, 50).ToList();
            await ingest.IngestPageAsync(s.Id, FollowList.Followers, page, "after-50");
            await ingest.IngestPageAsync(s.Id, FollowList.Followers, page, "after-50");
            await ingest.IngestPageAsync(s.Id, FollowList.Followers, [.. Range(50, 60).Select(p => p.Pk == 50 ? p with { FullName = "Renamed Later" } : p)], null);
            return await ingest.CompleteAsync(s.Id);
        });

        Assert.Equal(111, crawl.FollowersFetched); // what the pages held, as progress counts it
        Assert.Equal((60, 0, 0), (crawl.FollowersTotal, crawl.FollowersNew, crawl.FollowersLost));
        Assert.Equal(60, (await ChangesAsync(account)).Count); // a profile staged twice is logged once
        Assert.Equal(60, (await EdgesAsync(account)).Count);
        var renamed = await app.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().Profiles.SingleAsync(p => p.Pk == 50));
        Assert.Equal("Renamed Later", renamed.FullName);
        var staged = await app.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().StagedProfiles.CountAsync(e => e.CrawlId == crawl.Id));
        Assert.Equal(0, staged);
    }

    [Fact]
    public async Task Each_page_records_the_checkpoint_to_resume_from()
    {
        var account = await NewAccountAsync();
        var crawl = await app.WithScopeAsync(async sp =>
        {
            var ingest = sp.GetRequiredService<IngestService>();
            var s = await sp.BeginCrawlAsync(account, CrawlLists.Both);
            await ingest.IngestPageAsync(s.Id, FollowList.Followers, Range(1, 5).ToList(), "QVFE-followers-2");
            await ingest.IngestPageAsync(s.Id, FollowList.Following, Range(6, 7).ToList(), "max_id=2");
            return await sp.GetRequiredService<InstaIntelDb>().Crawls.AsNoTracking().SingleAsync(x => x.Id == s.Id);
        });

        Assert.Equal(("QVFE-followers-2", "max_id=2"), (crawl.FollowersCheckpoint, crawl.FollowingCheckpoint));
        Assert.Equal((5, 2), (crawl.FollowersFetched, crawl.FollowingFetched));
    }

    [Fact]
    public async Task Pages_for_a_finished_crawl_are_refused()
    {
        var account = await NewAccountAsync();
        var done = await app.CrawlAsync(account, Range(1, 2));

        var error = await Assert.ThrowsAsync<CrawlStateException>(() => app.WithScopeAsync(sp =>
            sp.GetRequiredService<IngestService>().IngestPageAsync(done.Id, FollowList.Followers, Range(3, 4).ToList(), null)));
        Assert.Contains("Succeeded", error.Message);
        Assert.Equal(2, (await EdgesAsync(account)).Count);
    }

    [Fact]
    public async Task Profiles_are_stored_once_and_refreshed_by_later_pages()
    {
        var a = await NewAccountAsync();
        var b = await NewAccountAsync();
        await app.CrawlAsync(a, [Person(9001)]);
        await app.CrawlAsync(b, [Person(9001) with { Username = "renamed_9001", IsVerified = true }]);

        var profile = await app.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().Profiles.AsNoTracking().SingleAsync(p => p.Pk == 9001));
        Assert.Equal(("renamed_9001", true), (profile.Username, profile.IsVerified));
    }
}

/// <summary>DeltaTests on PostgreSQL: the delta rules through its own completion SQL.</summary>
public sealed class DeltaOnPostgresTests(PostgresApp postgres) : DeltaTests(postgres.App), IClassFixture<PostgresApp>;
