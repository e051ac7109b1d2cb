using System.Collections.Concurrent;

namespace InstaIntel.Simulator;

/// <summary>Which client a session was opened in. Instagram ties a session to it: a browser's session is no good to the app.</summary>
public enum ClientKind { Browser, App }

/// <param name="LogoutReason">Set when Instagram logged the session out itself (2: used from the wrong client, 3: automated activity).</param>
public sealed record SimSession(
    string Id, long UserPk, string Username, bool FollowsPrivateTargets, bool Expired = false,
    ClientKind Client = ClientKind.Browser, int? LogoutReason = null);

/// <summary>
/// Known sessions and accounts that can log in. `demo-session` is an app session (demo mode crawls through the app's
/// surfaces), logged in and following demo_private; the other predefined sessions were opened in a browser.
/// </summary>
public sealed class Sessions
{
    public const string Demo = "demo-session";
    public const string Outsider = "outsider-session";
    public const string Expired = "expired-session";
    /// <summary>Shaped like a real sessionid (the user id, then the secret), as a person pastes it from a browser.</summary>
    public const string Imported = "9005%3Ak7QmZp2Lw%3A27";
    public const string Password = "demo-password";
    public const string TwoFactorCode = "123456";

    private static readonly SimSession[] Predefined =
    [
        new(Demo, 9_001, "demo", FollowsPrivateTargets: true, Client: ClientKind.App),
        new(Outsider, 9_002, "outsider", FollowsPrivateTargets: false),
        new(Expired, 9_003, "lapsed", FollowsPrivateTargets: true, Expired: true),
        new(Imported, 9_005, "pasted", FollowsPrivateTargets: false),
    ];

    private readonly ConcurrentDictionary<string, SimSession> sessions = new(Predefined.ToDictionary(s => s.Id));
    /// <summary>The machine id (X-MID) each session was given.</summary>
    private readonly ConcurrentDictionary<string, string> mids = new();

    /// <summary>Accounts that can log in, and whether they need a second factor.</summary>
    private readonly Dictionary<string, (long Pk, bool TwoFactor, string FullName)> accounts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["demo"] = (9_001, false, "Demo Account"),
        ["demo_2fa"] = (9_004, true, "Demo Two-Factor"),
    };

    /// <summary>The session with this id, as sent or as ASP.NET Core unescaped it from the cookie (`%3A` → `:`).</summary>
    public SimSession? Find(string? id) => id is null ? null : sessions.GetValueOrDefault(id) ?? sessions.GetValueOrDefault(id.Replace(":", "%3A"));

    public (long Pk, bool TwoFactor)? Account(string username, string password) =>
        password == Password && accounts.TryGetValue(username, out var account) ? (account.Pk, account.TwoFactor) : null;

    public long? PkOf(string username) => accounts.TryGetValue(username, out var account) ? account.Pk : null;

    public string FullName(string username) => accounts.TryGetValue(username, out var account) ? account.FullName : "";

    public SimSession Open(string username, long pk, ClientKind client = ClientKind.Browser)
    {
        var session = new SimSession($"{pk}%3A{Guid.NewGuid():N}", pk, username, FollowsPrivateTargets: true, Client: client);
        sessions[session.Id] = session;
        return session;
    }

    /// <summary>Instagram ends the session: from now on every request with it is answered login_required.</summary>
    public void LogOut(SimSession session, int reason) =>
        sessions[session.Id] = session with { Expired = true, LogoutReason = reason };

    public string? MidOf(SimSession session) => mids.GetValueOrDefault(session.Id);

    public void IssueMid(SimSession session, string mid) => mids[session.Id] = mid;

    /// <summary>The predefined sessions as they started (a reset undoes logouts the tests caused).</summary>
    public void Restore()
    {
        foreach (var session in Predefined) sessions[session.Id] = session;
        mids.Clear();
    }
}
