using InstaIntel.Api;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Followers;
using InstaIntel.Api.Ingest;
using InstaIntel.Api.Persistence;
using InstaIntel.Api.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Support;

/// <summary>
/// A tracked account whose lists are written straight through EF Core as an account's first complete crawl leaves them
/// (one succeeded crawl; every relation present and first seen in it; profiles stored once). For read tests that run
/// on PostgreSQL too and need no crawl's completion to set them up.
/// </summary>
public static class SeededLists
{
    public static Task<Account> AddAsync(AppFactory app, string username, IEnumerable<ProfileData>? followers, IEnumerable<ProfileData>? following) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<InstaIntelDb>();
            var account = await sp.GetRequiredService<AccountService>().AddAsync(username, CancellationToken.None);
            var now = DateTime.UtcNow;
            var lists = (followers is null ? 0 : CrawlLists.Followers) | (following is null ? 0 : CrawlLists.Following);
            var crawl = new Crawl
            {
                AccountId = account.Id,
                Lists = lists,
                Status = CrawlStatus.Succeeded,
                CreatedAt = now,
                StartedAt = now,
                FinishedAt = now,
                FollowersTotal = followers?.Count(),
                FollowingTotal = following?.Count(),
                FollowersMethod = followers is null ? null : CrawlMethod.Full,
                FollowingMethod = following is null ? null : CrawlMethod.Full,
            };
            db.Crawls.Add(crawl);
            await db.SaveChangesAsync();

            var everyone = (followers ?? []).Concat(following ?? []).DistinctBy(p => p.Pk).ToList();
            var pks = everyone.Select(p => p.Pk).ToList();
            var stored = (await db.Profiles.Where(p => pks.Contains(p.Pk)).Select(p => p.Pk).ToListAsync()).ToHashSet();
            db.Profiles.AddRange(everyone.Where(p => !stored.Contains(p.Pk)).Select(p => new Profile
            {
                Pk = p.Pk,
                Username = p.Username,
                FullName = p.FullName,
                ProfilePicUrl = p.ProfilePicUrl,
                IsVerified = p.IsVerified,
                IsPrivate = p.IsPrivate,
                UpdatedAt = now,
            }));
            db.Followers.AddRange((followers ?? []).Select(p => new FollowerEdge { TargetId = account.Id, ProfilePk = p.Pk, FirstSeenCrawlId = crawl.Id, LastSeenCrawlId = crawl.Id }));
            db.Following.AddRange((following ?? []).Select(p => new FollowingEdge { TargetId = account.Id, ProfilePk = p.Pk, FirstSeenCrawlId = crawl.Id, LastSeenCrawlId = crawl.Id }));
            foreach (var (list, people) in new[] { (FollowList.Followers, followers), (FollowList.Following, following) })
                db.FollowChanges.AddRange((people ?? []).Select(p => new FollowChange { TargetId = account.Id, List = list, ProfilePk = p.Pk, CrawlId = crawl.Id, Kind = ChangeKind.Baseline }));
            await db.SaveChangesAsync();
            // As a crawl's end does on SQLite: the new profiles go from the trigger's queue into the FTS5 table.
            if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync(Api.Insights.SearchIndex.IndexPendingSql);
            return account;
        });
}
