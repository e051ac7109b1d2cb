using InstaIntel.Api.Alerts;
using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Instagram;

/// <summary>
/// The connected sessions and what is known of each: hands a crawl the least-used session that works, checks a
/// session with one cheap request when its last check is older than <see cref="InstagramOptions.HealthCheckEvery"/>,
/// and is the one place where a session's health changes. A crawl worker bound to some sessions (`Workers:Sessions`)
/// is handed only those, so each session is only ever used from its worker's machine.
/// </summary>
public sealed class SessionPool(IServiceScopeFactory scopes, ICredentialStore credentials, InstagramClient instagram, SessionGuard guard, SessionJar jar,
    IOptions<InstagramOptions> options, IOptions<Crawling.WorkerOptions> workers, TimeProvider clock, ILogger<SessionPool> log)
{
    private readonly SemaphoreSlim acquiring = new(1, 1);

    /// <summary>
    /// The session for the next crawl, skipping <paramref name="tried"/>. Throws what the user must know when none
    /// works: <see cref="NoSessionException"/>, the newest session problem, or the action block that ends first.
    /// </summary>
    public async Task<InstagramSession> AcquireAsync(IReadOnlyCollection<string> tried, CancellationToken ct)
    {
        await acquiring.WaitAsync(ct);
        try
        {
            var all = await credentials.GetSessionsAsync(ct);
            if (all.Count == 0) throw new NoSessionException();
            var states = await StatesAsync(all, ct);
            var sessions = all.Where(s => MayUse(s, states)).ToList();
            if (sessions.Count == 0) throw new NoSessionException(NoneOfThisWorkers);
            foreach (var session in sessions.Where(s => !tried.Contains(s.Key)).OrderBy(s => states[s.Key].Crawls).ThenBy(s => states[s.Key].AddedAt))
            {
                var state = states[session.Key];
                if (!state.Usable(Now)) continue;
                if (IsStale(state) && !await CheckAsync(session, ct)) continue;
                await UpdateAsync(session.Key, s => s.Crawls++, ct);
                return session;
            }
            throw await WhyNoneAsync(sessions.Where(s => !tried.Contains(s.Key)).Select(s => s.Key).ToList(), ct);
        }
        finally
        {
            acquiring.Release();
        }
    }

    public async Task<bool> HasOtherThanAsync(IReadOnlyCollection<string> tried, CancellationToken ct) =>
        (await HereAsync(ct)).Sessions.Any(s => !tried.Contains(s.Key));

    /// <summary>How many connected sessions this worker may use: the crawls it runs at once follow it.</summary>
    public async Task<int> CountUsableHereAsync(CancellationToken ct) => (await HereAsync(ct)).Sessions.Count;

    /// <summary>Checks one session with Instagram; true when it works. Unreachable Instagram leaves its state as it was.</summary>
    public async Task<bool> CheckAsync(InstagramSession session, CancellationToken ct)
    {
        // A session without a user id (a bare sessionid with no digits) cannot be checked by id; the crawl tells.
        if (session.DsUserId is null) return true;
        try
        {
            var username = await instagram.CheckSessionAsync(session, ct);
            await UpdateAsync(session.Key, s =>
            {
                s.Username = username;
                s.LastCheckedAt = Now;
                if (s.Status != SessionHealth.ActionBlocked || s.BlockedUntil <= Now) (s.Status, s.Problem, s.BlockedUntil) = (SessionHealth.Healthy, null, null);
            }, ct);
            return true;
        }
        catch (InstagramException e) when (e is SessionProblemException or ActionBlockedException)
        {
            await ReportAsync(session.Key, e, ct);
            return false;
        }
        catch (Exception e) when (e is InstagramException || InstagramUnreachable.Is(e))
        {
            log.LogWarning("Session {Session} could not be checked: {Reason}", session.Key, e.Message);
            return true;
        }
    }

    /// <summary>Records what Instagram said about a session; an action block also stops its other crawls at once.</summary>
    public async Task ReportAsync(string key, InstagramException problem, CancellationToken ct)
    {
        var (status, until) = problem switch
        {
            ActionBlockedException stop => (SessionHealth.ActionBlocked, guard.BlockedUntil(key) ?? Now + (stop.Pause ?? options.Value.ActionBlockPause)),
            CheckpointException => (SessionHealth.Checkpoint, (DateTime?)null),
            AppOutdatedException => (SessionHealth.AppOutdated, (DateTime?)null),
            _ => (SessionHealth.Expired, (DateTime?)null),
        };
        if (until is { } blocked) guard.Block(key, blocked);
        log.LogWarning("Instagram session {Session} is {Status}: {Problem}", key, status, problem.Message);
        await WithDbAsync(async db =>
        {
            var state = await db.InstagramSessions.FindAsync([key], CancellationToken.None) ?? db.InstagramSessions.Add(new SessionState { Key = key, AddedAt = Now }).Entity;
            if (state.Status != status) // one alert per change of health, not one per crawl that meets it
                AlertOutbox.Add(db, AlertKind.SessionProblem, $"The Instagram session {state.Label ?? state.Username ?? state.UserId?.ToString() ?? key} is {status.Describe()}: {problem.Message}", Now);
            (state.Status, state.Problem, state.BlockedUntil, state.LastCheckedAt) = (status, problem.Message, until, Now);
            return await db.SaveChangesAsync(CancellationToken.None);
        }, CancellationToken.None);
    }

    /// <summary>A session (re)connected by the user starts afresh: unknown health, no block.</summary>
    /// <param name="unverified">Why a session Instagram has not confirmed is kept anyway (it could not be reached).</param>
    public async Task ConnectedAsync(InstagramSession session, string? username, CancellationToken ct, string? unverified = null)
    {
        guard.Unblock(session.Key);
        jar.Forget(session.Key);
        await UpdateAsync(session.Key, s =>
        {
            (s.Label, s.UserId, s.ProxyHost, s.Problem, s.BlockedUntil) = (session.Label, session.DsUserId, session.ProxyHost, username is null ? unverified : null, null);
            (s.Status, s.LastCheckedAt) = username is null ? (SessionHealth.Unknown, (DateTime?)null) : (SessionHealth.Healthy, Now);
            s.Username = username ?? s.Username;
        }, ct);
    }

    /// <summary>The session's own pacing (null: the setting's); the request ledger reads it at every request.</summary>
    public async Task<SessionState> SetPacingAsync(string key, int? perMinute, int? perHour, int? dailyCap, CancellationToken ct)
    {
        await UpdateAsync(key, s => (s.RequestsPerMinute, s.RequestsPerHour, s.DailyCap) = (perMinute, perHour, dailyCap), ct);
        return await WithDbAsync(db => db.InstagramSessions.AsNoTracking().SingleAsync(s => s.Key == key, ct), ct);
    }

    public async Task RemovedAsync(string key, CancellationToken ct)
    {
        guard.Unblock(key);
        await WithDbAsync(db => db.InstagramSessions.Where(s => s.Key == key).ExecuteDeleteAsync(ct), ct);
    }

    /// <summary>The state of every connected session, in the order they were connected.</summary>
    public async Task<IReadOnlyList<SessionState>> ListAsync(CancellationToken ct)
    {
        var sessions = await credentials.GetSessionsAsync(ct);
        var states = await StatesAsync(sessions, ct);
        foreach (var session in sessions) (states[session.Key].Client, states[session.Key].UsesOtherSurfaces) = (session.Client, session.UsesOtherSurfaces);
        return sessions.Select(s => states[s.Key]).ToList();
    }

    /// <summary>While crawls wait for a session: checks again the sessions whose problem is older than the check interval.</summary>
    public async Task<bool> AnyUsableAfterRecheckAsync(CancellationToken ct)
    {
        var (sessions, states) = await HereAsync(ct);
        var usable = false;
        foreach (var session in sessions)
        {
            var state = states[session.Key];
            usable |= state.Usable(Now) || IsStale(state) && state.Status != SessionHealth.ActionBlocked && await CheckAsync(session, ct);
        }
        return usable;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>A session is known to `Workers:Sessions` by its Instagram username (once checked) or its label.</summary>
    private bool MayUse(InstagramSession session, Dictionary<string, SessionState> states) =>
        workers.Value.MayUse(states[session.Key].Username, session.Label ?? states[session.Key].Label);

    private string NoneOfThisWorkers =>
        $"None of the Instagram sessions this worker may use (Workers:Sessions: {string.Join(", ", workers.Value.Sessions)}) is connected. " +
        "Connect one in Settings or change Workers:Sessions; the crawl continues as soon as one is.";

    /// <summary>The connected sessions this worker may use, and the states of all of them.</summary>
    private async Task<(IReadOnlyList<InstagramSession> Sessions, Dictionary<string, SessionState> States)> HereAsync(CancellationToken ct)
    {
        var all = await credentials.GetSessionsAsync(ct);
        var states = await StatesAsync(all, ct);
        return (all.Where(s => MayUse(s, states)).ToList(), states);
    }

    private bool IsStale(SessionState state) => state.LastCheckedAt is not { } checkedAt || Now - checkedAt >= options.Value.HealthCheckEvery;

    private async Task<InstagramException> WhyNoneAsync(IReadOnlyList<string> keys, CancellationToken ct)
    {
        var states = await WithDbAsync(db => db.InstagramSessions.AsNoTracking().Where(s => keys.Contains(s.Key)).ToListAsync(ct), ct);
        if (states.Where(s => s.Status is SessionHealth.Expired or SessionHealth.Checkpoint or SessionHealth.AppOutdated).OrderByDescending(s => s.LastCheckedAt).FirstOrDefault() is { } broken)
            return broken.Status switch
            {
                SessionHealth.Checkpoint => new CheckpointException(null),
                SessionHealth.AppOutdated => new AppOutdatedException(options.Value.Android.AppVersion),
                _ => new SessionExpiredException(),
            };
        if (states.Where(s => s.BlockedUntil is not null).MinBy(s => s.BlockedUntil) is { } blocked)
        {
            guard.Block(blocked.Key, blocked.BlockedUntil!.Value);
            return new ActionBlockedException($"every session is blocked; the first block ends {blocked.BlockedUntil:u}", blocked.BlockedUntil);
        }
        return new NoSessionException();
    }

    /// <summary>The rows of these sessions, made for any that has none yet; blocks read back into the guard.</summary>
    private async Task<Dictionary<string, SessionState>> StatesAsync(IReadOnlyList<InstagramSession> sessions, CancellationToken ct) =>
        await WithDbAsync(async db =>
        {
            var keys = sessions.Select(s => s.Key).ToList();
            var states = await db.InstagramSessions.Where(s => keys.Contains(s.Key)).ToDictionaryAsync(s => s.Key, ct);
            foreach (var session in sessions.Where(s => !states.ContainsKey(s.Key)))
                states[session.Key] = db.InstagramSessions.Add(new SessionState
                {
                    Key = session.Key,
                    Label = session.Label,
                    UserId = session.DsUserId,
                    ProxyHost = session.ProxyHost,
                    Status = SessionHealth.Unknown,
                    AddedAt = Now,
                }).Entity;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Pages ask for the sessions several at a time: on a fresh data folder another request may have made
                // the same rows a moment before. Theirs are as good as ours.
                db.ChangeTracker.Clear();
                states = await db.InstagramSessions.Where(s => keys.Contains(s.Key)).ToDictionaryAsync(s => s.Key, ct);
                if (keys.Any(k => !states.ContainsKey(k))) throw;
            }
            foreach (var state in states.Values.Where(s => s.BlockedUntil > Now)) guard.Block(state.Key, state.BlockedUntil!.Value);
            return states;
        }, ct);

    private Task UpdateAsync(string key, Action<SessionState> change, CancellationToken ct) =>
        WithDbAsync(async db =>
        {
            var state = await db.InstagramSessions.FindAsync([key], ct);
            if (state is null) state = db.InstagramSessions.Add(new SessionState { Key = key, AddedAt = Now }).Entity;
            change(state);
            return await db.SaveChangesAsync(ct);
        }, ct);

    private async Task<T> WithDbAsync<T>(Func<InstaIntelDb, Task<T>> work, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<InstaIntelDb>());
    }
}
