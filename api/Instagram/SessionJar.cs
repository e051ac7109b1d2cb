using System.Collections.Concurrent;

namespace InstaIntel.Api.Instagram;

/// <summary>
/// What each session's client holds between requests, as a browser or the app would: the whole cookie jar (what the
/// user pasted, renewed by every Set-Cookie) and the `ig-set-*` values the app echoes. Instagram's renewals are kept
/// in the vault with the session, so a restart, or another process, continues the same client: a value that is new
/// or names the client (csrftoken, mid, the app's machine id and token) at once, the ones Instagram renews on nearly
/// every answer (rur, the www claim) at most once per <see cref="SaveEvery"/>.
/// </summary>
public sealed class SessionJar(ICredentialStore credentials, TimeProvider clock)
{
    public static readonly TimeSpan SaveEvery = TimeSpan.FromMinutes(1);

    /// <summary>Renewed on almost every answer: kept in memory at once, in the vault now and then.</summary>
    private static readonly HashSet<string> Restless = ["rur", "ig-set-ig-u-rur", "x-ig-set-www-claim"];

    /// <summary>Response headers whose value the next requests send back (the claim, the machine id, the region hint, the user, the token).</summary>
    public static readonly IReadOnlyList<string> EchoedHeaders =
        ["x-ig-set-www-claim", "ig-set-x-mid", "ig-set-ig-u-rur", "ig-set-ig-u-ds-user-id", "ig-set-authorization"];

    /// <summary>Cookies that identify the session: kept as the user gave them, whatever a response sets.</summary>
    private static readonly HashSet<string> Identity = ["sessionid", "ds_user_id"];

    private readonly ConcurrentDictionary<string, State> states = new();

    private sealed record State(Dictionary<string, string> Cookies, Dictionary<string, string> Echoes)
    {
        public DateTimeOffset SavedAt { get; set; }

        /// <summary>The web app's `x-web-session-id`: one per open tab, so one per session for as long as this process runs.</summary>
        public string WebSessionId { get; } = BrowserFingerprint.NewWebSessionId();
    }

    public string WebSessionId(InstagramSession session) => Of(session).WebSessionId;

    /// <summary>The Cookie header a browser holding this session's jar sends.</summary>
    public string CookieHeader(InstagramSession session)
    {
        var state = Of(session);
        lock (state) return string.Join("; ", state.Cookies.Select(c => $"{c.Key}={c.Value}"));
    }

    public string? Cookie(InstagramSession session, string name)
    {
        var state = Of(session);
        lock (state) return state.Cookies.GetValueOrDefault(name);
    }

    /// <summary>The value last echoed for a response header (of <see cref="EchoedHeaders"/>), or null.</summary>
    public string? Echo(InstagramSession session, string responseHeader)
    {
        var state = Of(session);
        lock (state) return state.Echoes.GetValueOrDefault(responseHeader);
    }

    /// <summary>Takes in what a response renews; keeps the session's new jar in the vault when anything changed.</summary>
    public async Task ApplyAsync(InstagramSession session, HttpResponseMessage response, CancellationToken ct)
    {
        var state = Of(session);
        var (changed, urgent) = (false, false);
        void Changed(string name, bool added) => (changed, urgent) = (true, urgent || added || !Restless.Contains(name));
        Dictionary<string, string> keptCookies, keptEchoes;
        lock (state)
        {
            if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
                foreach (var (name, value) in cookies.Select(ParseSetCookie).OfType<(string, string?)>())
                {
                    if (Identity.Contains(name)) continue;
                    if (value is null) { if (state.Cookies.Remove(name)) Changed(name, added: false); }
                    else if (state.Cookies.GetValueOrDefault(name) != value) { Changed(name, !state.Cookies.ContainsKey(name)); state.Cookies[name] = value; }
                }
            foreach (var header in EchoedHeaders)
                if (response.Headers.TryGetValues(header, out var values) && values.FirstOrDefault() is { Length: > 0 } value
                    && state.Echoes.GetValueOrDefault(header) != value)
                {
                    Changed(header, !state.Echoes.ContainsKey(header));
                    state.Echoes[header] = value;
                }
            if (!changed || !urgent && clock.GetUtcNow() - state.SavedAt < SaveEvery) return;
            state.SavedAt = clock.GetUtcNow();
            (keptCookies, keptEchoes) = (new(state.Cookies), new(state.Echoes));
        }
        await credentials.UpdateSessionAsync(session.Key, s => s with
        {
            Cookies = keptCookies,
            Echoes = keptEchoes,
            CsrfToken = keptCookies.GetValueOrDefault("csrftoken") ?? s.CsrfToken,
        }, CancellationToken.None);
    }

    /// <summary>Forgets what this process holds of a session (it was replaced or removed).</summary>
    public void Forget(string sessionKey) => states.TryRemove(sessionKey, out _);

    private State Of(InstagramSession session) => states.GetOrAdd(session.Key, _ =>
    {
        var cookies = new Dictionary<string, string>(session.Cookies ?? new Dictionary<string, string>());
        cookies["sessionid"] = session.SessionId;
        if (session.DsUserId is { } id) cookies["ds_user_id"] = id.ToString();
        if (session.CsrfToken is { } csrf && !cookies.ContainsKey("csrftoken")) cookies["csrftoken"] = csrf;
        return new State(cookies, new Dictionary<string, string>(session.Echoes ?? new Dictionary<string, string>()));
    });

    /// <summary>`name=value; Path=/; …` → (name, value); an expired or emptied cookie → (name, null).</summary>
    private static (string, string?)? ParseSetCookie(string header)
    {
        var parts = header.Split(';', StringSplitOptions.TrimEntries);
        var pair = parts[0].Split('=', 2);
        if (pair.Length != 2 || pair[0].Length == 0) return null;
        var value = pair[1].Trim('"');
        var expired = value.Length == 0 || parts.Skip(1).Any(p => p.StartsWith("Max-Age=0", StringComparison.OrdinalIgnoreCase)
            || p.StartsWith("Max-Age=-", StringComparison.OrdinalIgnoreCase));
        return (pair[0].Trim(), expired ? null : value);
    }
}
