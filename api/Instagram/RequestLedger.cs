using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Instagram;

/// <summary>One request of a session, reserved before it is sent (table `request_ledger`).</summary>
public sealed class LedgerEntry
{
    public long Id { get; set; }
    public required string SessionKey { get; set; }
    public FollowSource Surface { get; set; }
    public DateTime At { get; set; }
}

/// <summary>Where the requests of a session are reserved; the time returned is when the request may be sent.</summary>
public interface IRequestLedger
{
    Task<DateTime> ReserveAsync(string sessionKey, FollowSource surface, CancellationToken ct);
}

/// <summary>
/// The request ledger in the database, shared by the API and every crawl worker: one short transaction per request
/// takes the session's lock (PostgreSQL: an advisory lock on the key; SQLite: the single writer's IMMEDIATE lock),
/// reads the session's limits and its last day of requests, places the request by <see cref="PaceRule"/> and writes
/// it, so two processes never both take the last room in a window. A slot further off than
/// <see cref="PacingOptions.LongestWait"/> is not taken: the request is rate limited, with when to try again.
/// </summary>
public sealed class RequestLedger(IServiceScopeFactory scopes, IOptions<InstagramOptions> options, TimeProvider clock, Random? random = null) : IRequestLedger
{
    /// <summary>A day of history is read; rows are kept an hour longer so a reservation never misses one being pruned.</summary>
    public static readonly TimeSpan Kept = TimeSpan.FromHours(25);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(10);

    private readonly Random draws = random ?? new Random();
    private long prunedAt;

    public async Task<DateTime> ReserveAsync(string sessionKey, FollowSource surface, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InstaIntelDb>();
        await PruneNowAndThenAsync(db, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct); // Microsoft.Data.Sqlite begins IMMEDIATE
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"request_ledger:" + sessionKey}))", ct);
        var now = Now;
        var limits = await LimitsAsync(db, sessionKey, surface, ct);
        var at = now;
        if (!limits.IsUnbounded)
        {
            var since = now - TimeSpan.FromDays(1);
            var history = await db.RequestLedger.Where(e => e.SessionKey == sessionKey && e.At > since)
                .Select(e => new LedgerSlot(e.Surface, e.At)).ToListAsync(ct);
            lock (draws) at = WholeMilliseconds(PaceRule.Next(history, surface, now, limits, draws));
            if (at - now > options.Value.Pacing.LongestWait) throw new RateLimitedException(at - now);
        }
        db.RequestLedger.Add(new LedgerEntry { SessionKey = sessionKey, Surface = surface, At = at });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return at;
    }

    /// <summary>The session's limits as this request finds them: a change in Settings applies from the next request, in every process.</summary>
    public async Task<PaceLimits> LimitsAsync(InstaIntelDb db, string sessionKey, FollowSource surface, CancellationToken ct)
    {
        var own = await db.InstagramSessions.Where(s => s.Key == sessionKey)
            .Select(s => new { s.RequestsPerMinute, s.RequestsPerHour, s.DailyCap }).FirstOrDefaultAsync(ct);
        return PaceLimits.Of(options.Value.Pacing, surface, own?.RequestsPerMinute, own?.RequestsPerHour, own?.DailyCap);
    }

    /// <summary>Requests reserved for the session in the last 24 hours (including any reserved ahead).</summary>
    public static Task<int> UsedTodayAsync(InstaIntelDb db, string sessionKey, DateTime now, CancellationToken ct)
    {
        var since = now - TimeSpan.FromDays(1);
        return db.RequestLedger.CountAsync(e => e.SessionKey == sessionKey && e.At > since, ct);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Rounded up to whole milliseconds, so a slot read back from PostgreSQL (which keeps microseconds, not .NET's ticks)
    /// is the slot that was written, and a window's end computed from it is never a fraction early.
    /// </summary>
    private static DateTime WholeMilliseconds(DateTime at) =>
        new((at.Ticks + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond * TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);

    private async Task PruneNowAndThenAsync(InstaIntelDb db, CancellationToken ct)
    {
        var last = Interlocked.Read(ref prunedAt);
        if (Now.Ticks - last < PruneEvery.Ticks || Interlocked.CompareExchange(ref prunedAt, Now.Ticks, last) != last) return;
        var before = Now - Kept;
        await db.RequestLedger.Where(e => e.At < before).ExecuteDeleteAsync(ct);
    }
}
