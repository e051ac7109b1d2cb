using System.Collections.Concurrent;

namespace InstaIntel.Simulator;

public sealed record SimSession(string Id, long UserPk, string Username, bool FollowsPrivateTargets, bool Expired = false);

/// <summary>Known sessions and accounts that can log in. `demo-session` is logged in and follows demo_private.</summary>
public sealed class Sessions
{
    public const string Demo = "demo-session";
    public const string Outsider = "outsider-session";
    public const string Expired = "expired-session";
    /// <summary>Shaped like a real sessionid (the user id, then the secret), as a person pastes it from a browser.</summary>
    public const string Imported = "9005%3Ak7QmZp2Lw%3A27";
    public const string Password = "demo-password";
    public const string TwoFactorCode = "123456";

    private readonly ConcurrentDictionary<string, SimSession> sessions = new()
    {
        [Demo] = new SimSession(Demo, 9_001, "demo", FollowsPrivateTargets: true),
        [Outsider] = new SimSession(Outsider, 9_002, "outsider", FollowsPrivateTargets: false),
        [Expired] = new SimSession(Expired, 9_003, "lapsed", FollowsPrivateTargets: true, Expired: true),
        [Imported] = new SimSession(Imported, 9_005, "pasted", FollowsPrivateTargets: false),
    };

    /// <summary>Accounts that can log in, and whether they need a second factor.</summary>
    private readonly Dictionary<string, (long Pk, bool TwoFactor)> accounts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["demo"] = (9_001, false),
        ["demo_2fa"] = (9_004, true),
    };

    /// <summary>The session with this id, as sent or as ASP.NET Core unescaped it from the cookie (`%3A` → `:`).</summary>
    public SimSession? Find(string? id) => id is null ? null : sessions.GetValueOrDefault(id) ?? sessions.GetValueOrDefault(id.Replace(":", "%3A"));

    public (long Pk, bool TwoFactor)? Account(string username, string password) =>
        password == Password && accounts.TryGetValue(username, out var account) ? account : null;

    public SimSession Open(string username, long pk)
    {
        var session = new SimSession($"{pk}%3A{Guid.NewGuid():N}", pk, username, FollowsPrivateTargets: true);
        sessions[session.Id] = session;
        return session;
    }
}
