using GraphQL;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.GraphQL.Filtering;
using InstaIntel.Api.Persistence;
using InstaIntel.Api.Profiles;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Followers;

/// <summary>The change log as lists: who came and went over a date range, and who joined or left between two crawls.</summary>
public static class ChangeQueries
{
    /// <summary>Newest first by default: the tie-breaker is the negated log id, which follows crawl order.</summary>
    public static readonly QueryShape<ChangeRow> Shape = new QueryShape<ChangeRow>("FollowerChange", r => -r.Id)
        .Filter("username", FilterKind.String, r => r.Username)
        .Filter("kind", FilterKind.Enum, r => r.Kind)
        .Filter("reviewed", FilterKind.Boolean, r => r.Reviewed)
        .Filter("lostReason", FilterKind.Enum, r => r.LostReason)
        .Filter("at", FilterKind.DateTime, r => r.At)
        .Sort("username", r => r.Username);

    public static readonly QueryShape<Profile> ProfileShape = new QueryShape<Profile>("Profile", p => p.Pk)
        .Filter("username", FilterKind.String, p => p.Username)
        .Sort("username", p => p.Username);

    /// <summary>
    /// The changes of one list within [from, to] (a crawl's finish time), New and Lost unless <paramref name="kind"/>
    /// narrows them; Baseline entries (the first crawl's people) are listed only when asked for.
    /// </summary>
    public static IQueryable<ChangeRow> History(InstaIntelDb db, long accountId, FollowList list, ChangeKind? kind, DateTime? from, DateTime? to)
    {
        if (from > to) throw new ExecutionError("`from` must not be later than `to`.") { Code = "INVALID_ARGUMENT" };
        var changes = db.FollowChanges.Where(c => c.TargetId == accountId && c.List == list);
        changes = kind is { } k ? changes.Where(c => c.Kind == k) : changes.Where(c => c.Kind != ChangeKind.Baseline);
        var rows = from c in changes
                   join p in db.Profiles on c.ProfilePk equals p.Pk
                   join s in db.Crawls on c.CrawlId equals s.Id
                   where s.Status == CrawlStatus.Succeeded // a completing crawl logs its changes before it succeeds
                   select new ChangeRow
                   {
                       Id = c.Id,
                       List = c.List,
                       Kind = c.Kind,
                       CrawlId = c.CrawlId,
                       At = s.FinishedAt ?? s.CreatedAt,
                       ReviewedAt = c.ReviewedAt,
                       Reviewed = c.ReviewedAt != null,
                       LostReason = c.LostReason,
                       LostReasonCheckedAt = c.LostReasonCheckedAt,
                       Pk = p.Pk,
                       Username = p.Username,
                       FullName = p.FullName,
                       ProfilePicUrl = p.ProfilePicUrl,
                       IsVerified = p.IsVerified,
                       IsPrivate = p.IsPrivate,
                   };
        if (from is { } f) rows = rows.Where(r => r.At >= f);
        if (to is { } t) rows = rows.Where(r => r.At <= t);
        return rows;
    }

    /// <summary>
    /// Checks that both crawls are complete crawls of this account's list and returns them oldest first, or says
    /// which one cannot be compared and why.
    /// </summary>
    public static async Task<(Crawl Older, Crawl Newer)> ComparableAsync(InstaIntelDb db, long accountId, FollowList list, long a, long b, CancellationToken ct)
    {
        if (a == b) throw new ExecutionError("Pick two different crawls to compare.") { Code = "INVALID_ARGUMENT" };
        var crawls = await db.Crawls.AsNoTracking().Where(s => s.Id == a || s.Id == b).ToListAsync(ct);
        foreach (var id in new[] { a, b })
        {
            var crawl = crawls.SingleOrDefault(s => s.Id == id);
            var name = GraphQL.Relay.GlobalId.Encode(CrawlType.TypeName, id);
            if (crawl is null || crawl.AccountId != accountId)
                throw new ExecutionError($"The crawl `{name}` is not a crawl of this account.") { Code = "NOT_FOUND" };
            if (crawl.Status != CrawlStatus.Succeeded)
                throw new ExecutionError($"The crawl `{name}` is {crawl.Status.Describe()}; only complete crawls can be compared.") { Code = "INVALID_ARGUMENT" };
            if (!crawl.Covers(list))
                throw new ExecutionError($"The crawl `{name}` did not fetch {list.ToString().ToLowerInvariant()}.") { Code = "INVALID_ARGUMENT" };
        }
        var ordered = crawls.OrderBy(s => s.Id).ToList();
        return (ordered[0], ordered[1]);
    }

    /// <summary>
    /// Profiles present after <paramref name="newer"/> but not after <paramref name="older"/> (joined), or the reverse
    /// (left). Presence after a crawl is the kind of the person's latest logged change up to it; only people with a
    /// change between the two crawls can differ, so the log's (target, list, profile, crawl) index does the work.
    /// </summary>
    public static IQueryable<Profile> Between(InstaIntelDb db, long accountId, FollowList list, long older, long newer, bool joined)
    {
        var log = db.FollowChanges.Where(c => c.TargetId == accountId && c.List == list);
        var candidates = log.Where(c => c.CrawlId > older && c.CrawlId <= newer).Select(c => c.ProfilePk).Distinct();
        var (presentAt, absentAt) = joined ? (newer, older) : (older, newer);
        return db.Profiles.Where(p => candidates.Contains(p.Pk)
            && log.Where(c => c.ProfilePk == p.Pk && c.CrawlId <= presentAt).OrderByDescending(c => c.CrawlId)
                .Select(c => (ChangeKind?)c.Kind).FirstOrDefault() != ChangeKind.Lost
            && log.Any(c => c.ProfilePk == p.Pk && c.CrawlId <= presentAt)
            && (log.Where(c => c.ProfilePk == p.Pk && c.CrawlId <= absentAt).OrderByDescending(c => c.CrawlId)
                .Select(c => (ChangeKind?)c.Kind).FirstOrDefault() ?? ChangeKind.Lost) == ChangeKind.Lost);
    }
}
