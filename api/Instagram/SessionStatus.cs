using GraphQL.Types;

namespace InstaIntel.Api.Instagram;

/// <summary>
/// What the API says about the sessions crawls use: the first one's health (the banner's source) and whose it is,
/// never its secrets.
/// </summary>
public sealed record SessionStatus(bool Connected, long? UserId, SessionHealth? Status = null, DateTime? LastCheckedAt = null,
    string? Problem = null, DateTime? BlockedUntil = null)
{
    public static SessionStatus Of(InstagramSession? session, SessionState? state = null) =>
        new(session is not null, session?.DsUserId, session is null ? null : state?.Status ?? SessionHealth.Unknown, state?.LastCheckedAt, state?.Problem, state?.BlockedUntil);

    /// <summary>
    /// The session the dashboard reports on: a working one while any works (crawls go on: no alarm), else the first
    /// whose problem is known, else the first.
    /// </summary>
    public static async Task<SessionStatus> OfPoolAsync(ICredentialStore store, SessionPool pool, CancellationToken ct)
    {
        var sessions = await store.GetSessionsAsync(ct);
        if (sessions.Count == 0) return Of(null);
        var states = await pool.ListAsync(ct);
        var state = states.FirstOrDefault(s => s.Status == SessionHealth.Healthy)
            ?? states.FirstOrDefault(s => s.Status != SessionHealth.Unknown)
            ?? states[0];
        return Of(sessions.First(s => s.Key == state.Key), state);
    }
}

public sealed class SessionHealthType : EnumerationGraphType<SessionHealth>
{
    public SessionHealthType()
    {
        Name = "SessionHealth";
        Description = "UNKNOWN until first checked; EXPIRED and CHECKPOINT need the user to log in again; ACTION_BLOCKED rests until `blockedUntil`; APP_OUTDATED waits for a current app fingerprint in the settings (Instagram:Android).";
    }
}

public sealed class SessionClientType : EnumerationGraphType<SessionClient>
{
    public SessionClientType()
    {
        Name = "SessionClient";
        Description = "The client a session came from. It reads lists only as that client does.";
        Values.FindByName("BROWSER")!.Description = "A cookie imported from a browser, or a login on instagram.com: the web's follower dialog, 12 a page.";
        Values.FindByName("APP")!.Description = "A login as the Android app, from a phone made for the session: the app's lists, 200 a page.";
    }
}

public sealed class SessionStatusType : ObjectGraphType<SessionStatus>
{
    public SessionStatusType()
    {
        Name = "InstagramSession";
        Description = "The Instagram session crawls use (of several, the one that needs attention, else a working one). Its cookies are never shown.";
        Field(x => x.Connected).Description("Whether a session is connected.");
        Field(x => x.UserId, nullable: true).Description("The Instagram user id of the logged-in account, when known.");
        Field<SessionHealthType>("status").Description("Null when no session is connected.").Resolve(c => c.Source.Status);
        Field(x => x.LastCheckedAt, nullable: true).Description("When Instagram last answered a check of this session.");
        Field(x => x.Problem, nullable: true).Description("What is wrong and what to do, while the session is not healthy.");
        Field(x => x.BlockedUntil, nullable: true).Description("While ACTION_BLOCKED: when crawls on this session continue by themselves.");
    }
}

/// <summary>What a mutation on one connected session (its pacing, its surfaces) left it as, or why it did nothing.</summary>
public sealed record ConnectedSessionPayload(SessionState? Session, IReadOnlyList<InstaIntel.Api.GraphQL.Errors.IUserError>? Errors = null) : InstaIntel.Api.GraphQL.Errors.IPayload;

public sealed class ConnectedSessionType : ObjectGraphType<SessionState>
{
    public ConnectedSessionType()
    {
        Name = "ConnectedSession";
        Description = "One session of the pool crawls draw from: the least used working session takes the next crawl.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable and not secret; pass it to `removeInstagramSession`.").Resolve(c => c.Source.Key);
        Field(x => x.Label, nullable: true).Description("The name given to the session.");
        Field(x => x.ProxyHost, nullable: true).Description("The host and port of the proxy this session always uses, when it has one.");
        Field(x => x.UserId, nullable: true);
        Field(x => x.Username, nullable: true).Description("The account's username, once a check has read it.");
        Field<NonNullGraphType<SessionHealthType>>("status").Description("Whether it works.").Resolve(c => c.Source.Status);
        Field(x => x.Problem, nullable: true).Description("What is wrong and what to do, when something is.");
        Field(x => x.LastCheckedAt, nullable: true).Description("When it was last checked with Instagram.");
        Field(x => x.BlockedUntil, nullable: true).Description("When its action block ends.");
        Field(x => x.Crawls).Description("Crawls this session has been given.");
        Field<NonNullGraphType<SessionClientType>>("client").Description("The client the session came from; it reads lists only as that client does.").Resolve(c => c.Source.Client);
        Field(x => x.UsesOtherSurfaces).Description("Whether it may read lists from the other client's surfaces after its own failed (`setSessionSurfaces`).");
        Field<NonNullGraphType<SessionPacingType>>("pacing").Description("How fast this session sends requests, and how many it sent in the last 24 hours.")
            .ResolveAsync(async c => await SessionPacing.OfAsync(c.RequestServices!, c.Source, c.CancellationToken));
    }
}

public sealed class TwoFactorChallengeType : ObjectGraphType<TwoFactorChallenge>
{
    public TwoFactorChallengeType()
    {
        Name = "TwoFactorChallenge";
        Description = "Instagram asks for a security code; answer with `verifyTwoFactor`.";
        Field(x => x.Identifier).Description("Send it back with the code to `verifyTwoFactor`.");
        Field(x => x.Username).Description("The account being logged in.");
    }
}
