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

/// <summary>
/// Completion runs as many short transactions; a process killed between any two of them must, when completion runs
/// again, end exactly as one uninterrupted completion, and until then readers must see the account as before.
/// </summary>
// Not in the PostgreSQL run (scripts/test): SQLite's chunked completion; PostgreSQL completes in one transaction.
public sealed class InterruptedCompletionTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>Chunks of a fixed, small size, with no pause between them, and <paramref name="afterChunk"/> after each.</summary>
    private static IngestService Ingest(IServiceProvider services, Func<CancellationToken, Task> afterChunk) =>
        (IngestService)ActivatorUtilities.CreateInstance(services, services.GetRequiredService<IngestService>().GetType(),
            new CompletionOptions { ChunkRows = 7, ChunkTime = null, AfterChunk = afterChunk });

    private sealed class Killed : Exception;

    /// <summary>Three crawls of both lists: a baseline, then joins, leaves and returns on each list.</summary>
    private static readonly (ProfileData[] Followers, ProfileData[] Following)[] History =
    [
        ([.. Range(1, 60)], [.. Range(100, 130)]),
        ([.. Range(5, 70)], [.. Range(95, 125)]),
        ([.. Range(1, 40), .. Range(80, 90)], [.. Range(96, 140)]),
    ];

    [Fact]
    public async Task A_completion_killed_between_any_two_chunks_ends_as_an_uninterrupted_one()
    {
        var whole = await NewAccountAsync();
        var chunks = new List<int>();
        foreach (var crawl in History) chunks.Add(await CrawlAsync(whole, crawl, killAfter: null));
        var expected = await StateAsync(whole);
        Assert.All(chunks, c => Assert.True(c > 5, $"completion ran in {c} chunks; the test needs several"));

        for (var crawl = 0; crawl < History.Length; crawl++)
            for (var kill = 1; kill <= chunks[crawl]; kill += 2)
            {
                var account = await NewAccountAsync();
                for (var i = 0; i < History.Length; i++)
                    await CrawlAsync(account, History[i], killAfter: i == crawl ? kill : null);
                Assert.Equal(expected, await StateAsync(account));
            }
    }

    [Fact]
    public async Task Until_an_interrupted_completion_is_finished_readers_see_the_account_as_before()
    {
        var reference = await NewAccountAsync();
        await CrawlAsync(reference, History[0], killAfter: null);
        var before = await StateAsync(reference);

        var mostHidden = 0;
        for (var kill = 1; ; kill++)
        {
            var account = await NewAccountAsync();
            await CrawlAsync(account, History[0], killAfter: null);
            var crawlId = await BeginAsync(account, History[1]);
            try
            {
                await CompleteAsync(crawlId, kill);
                break; // no chunk left to die after
            }
            catch (Killed)
            {
            }

            Assert.Equal(before, await StateAsync(account));
            var history = await app.WithScopeAsync(sp =>
                ChangeQueries.History(sp.GetRequiredService<InstaIntelDb>(), account, FollowList.Followers, null, null, null).CountAsync());
            Assert.Equal(0, history);
            var status = await app.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().Crawls.Where(s => s.Id == crawlId).Select(s => s.Status).SingleAsync());
            Assert.Equal(CrawlStatus.Running, status);
            mostHidden = Math.Max(mostHidden, await WrittenAheadAsync(crawlId));
        }
        // The kills reached the end of writing edges ahead (10 followers and 5 following are new): the views hid them all,
        // and the last-seen marks written ahead with them (StateAsync would name an unfinished crawl).
        Assert.Equal(15, mostHidden);
    }

    [Fact]
    public async Task A_crawl_stopped_after_its_edges_were_written_ahead_leaves_none_of_them()
    {
        var account = await NewAccountAsync();
        await CrawlAsync(account, History[0], killAfter: null);
        var before = await StateAsync(account);
        var whole = await NewAccountAsync();
        var chunks = 0;
        foreach (var crawl in History[..2]) chunks = await CrawlAsync(whole, crawl, killAfter: null);
        var crawlId = await BeginAsync(account, History[1]);
        await Assert.ThrowsAsync<Killed>(() => CompleteAsync(crawlId, killAfter: chunks)); // after the last chunk before the status flips
        Assert.True(await WrittenAheadAsync(crawlId) > 0);

        await app.WithScopeAsync(sp => sp.GetRequiredService<IngestService>().StopAsync(crawlId, CrawlStatus.Failed));

        Assert.Equal(before, await StateAsync(account));
        Assert.Equal(0, await WrittenAheadAsync(crawlId));
        await CrawlAsync(account, History[1], killAfter: null);
        Assert.Equal(await StateAsync(whole), await StateAsync(account));
    }

    /// <summary>Edges in the tables, out of the views' sight, first seen by a crawl.</summary>
    private Task<int> WrittenAheadAsync(long crawlId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().Database.SqlQuery<int>($"""
            SELECT (SELECT count(*) FROM follower_edges WHERE first_seen_crawl_id = {crawlId})
                + (SELECT count(*) FROM following_edges WHERE first_seen_crawl_id = {crawlId}) AS "Value"
            """).SingleAsync());

    [Fact]
    public async Task A_crawl_stopped_after_an_interrupted_completion_leaves_no_change_behind()
    {
        var account = await NewAccountAsync();
        await CrawlAsync(account, History[0], killAfter: null);
        var before = await StateAsync(account);
        var crawlId = await BeginAsync(account, History[1]);
        await Assert.ThrowsAsync<Killed>(() => CompleteAsync(crawlId, killAfter: 14));

        await app.WithScopeAsync(sp => sp.GetRequiredService<IngestService>().StopAsync(crawlId, CrawlStatus.Cancelled));

        Assert.Equal(before, await StateAsync(account));
        var left = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<InstaIntelDb>();
            return (await db.FollowChanges.CountAsync(c => c.CrawlId == crawlId), await db.StagedProfiles.CountAsync(s => s.CrawlId == crawlId));
        });
        Assert.Equal((0, 0), left);
    }

    [Fact]
    public async Task A_crawl_cancelled_while_it_completes_ends_cancelled_with_no_change_behind()
    {
        var account = await NewAccountAsync();
        await CrawlAsync(account, History[0], killAfter: null);
        var before = await StateAsync(account);
        var crawlId = await BeginAsync(account, History[1]);

        var error = await Assert.ThrowsAsync<CrawlStateException>(() => app.WithScopeAsync(async sp =>
        {
            var chunks = 0;
            var ingest = Ingest(sp, async _ =>
            {
                if (++chunks == 3) // the profiles are merged; the change log is not written yet
                    await app.WithScopeAsync(other => other.GetRequiredService<IngestService>().StopAsync(crawlId, CrawlStatus.Cancelled));
            });
            return await ingest.CompleteAsync(crawlId);
        }));

        Assert.Contains("Cancelled", error.Message);
        Assert.Equal(before, await StateAsync(account));
        Assert.Equal(0, await app.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().FollowChanges.CountAsync(c => c.CrawlId == crawlId)));
    }

    private async Task<long> NewAccountAsync() => (await app.AddAccountAsync($"k{Guid.NewGuid():N}"[..20])).Id;

    /// <summary>One crawl; when <paramref name="killAfter"/> is set, its first completion dies after that many chunks and a second finishes it. Returns the chunks an uninterrupted completion ran.</summary>
    private async Task<int> CrawlAsync(long account, (ProfileData[] Followers, ProfileData[] Following) lists, int? killAfter)
    {
        var crawlId = await BeginAsync(account, lists);
        if (killAfter is { } k)
        {
            try
            {
                await CompleteAsync(crawlId, k);
            }
            catch (Killed)
            {
            }
        }
        return await CompleteAsync(crawlId, killAfter: null);
    }

    private Task<long> BeginAsync(long account, (ProfileData[] Followers, ProfileData[] Following) lists) =>
        app.WithScopeAsync(async sp =>
        {
            var ingest = sp.GetRequiredService<IngestService>();
            var crawl = await sp.BeginCrawlAsync(account, CrawlLists.Both);
            foreach (var (list, people) in new[] { (FollowList.Followers, lists.Followers), (FollowList.Following, lists.Following) })
                foreach (var page in people.Chunk(9))
                    await ingest.IngestPageAsync(crawl.Id, list, page, $"cursor-{page[^1].Pk}");
            return crawl.Id;
        });

    private Task<int> CompleteAsync(long crawlId, int? killAfter) =>
        app.WithScopeAsync(async sp =>
        {
            var chunks = 0;
            var ingest = Ingest(sp, _ => ++chunks == killAfter ? throw new Killed() : Task.CompletedTask);
            var crawl = await ingest.CompleteAsync(crawlId);
            Assert.Equal(CrawlStatus.Succeeded, crawl.Status);
            return chunks;
        });

    /// <summary>
    /// The account's edges, change log and crawl counts as readers see them (changes of crawls that succeeded), with
    /// each crawl named by its place in the account's history.
    /// </summary>
    private Task<string> StateAsync(long account) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<InstaIntelDb>();
            var crawls = await db.Crawls.AsNoTracking().Where(s => s.AccountId == account && s.Status == CrawlStatus.Succeeded).OrderBy(s => s.Id).ToListAsync();
            var place = crawls.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
            string Name(long? id) => id is { } s ? place.TryGetValue(s, out var i) ? $"#{i}" : "unfinished" : "-";
            var lines = new List<string>();
            foreach (var list in new[] { FollowList.Followers, FollowList.Following })
                lines.AddRange((await db.Edges(list).AsNoTracking().Where(e => e.TargetId == account).OrderBy(e => e.ProfilePk).ToListAsync())
                    .Select(e => $"{list} {e.ProfilePk} {Name(e.FirstSeenCrawlId)} {Name(e.LastSeenCrawlId)} {Name(e.LostInCrawlId)}"));
            lines.AddRange((await db.FollowChanges.AsNoTracking().Where(c => c.TargetId == account && place.Keys.Contains(c.CrawlId)).ToListAsync())
                .Select(c => $"{c.List} {c.ProfilePk} {Name(c.CrawlId)} {c.Kind}").Order());
            lines.AddRange(crawls.Select(s => $"{Name(s.Id)} {s.FollowersTotal} {s.FollowersNew} {s.FollowersLost} {s.FollowingTotal} {s.FollowingNew} {s.FollowingLost}"));
            return string.Join('\n', lines);
        });
}
