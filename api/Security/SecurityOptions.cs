namespace InstaIntel.Api.Security;

/// <summary>The `Security` settings.</summary>
public sealed class SecurityOptions
{
    /// <summary>Comma-separated networks (CIDR or single addresses) whose clients need no passphrase; empty or `none` for none.</summary>
    public string TrustedNetworks { get; set; } = "127.0.0.0/8, ::1";

    /// <summary>
    /// Comma-separated names this machine is reached by besides localhost and its addresses, e.g. its tailnet name
    /// (`box, box.tail1234.ts.net`): a trusted client may use them as Host, and pages under them may call the API.
    /// </summary>
    public string HostNames { get; set; } = "";

    /// <summary>Comma-separated origins (`https://dash.example.org`) accepted besides localhost and <see cref="HostNames"/>.</summary>
    public string AllowedOrigins { get; set; } = "";

    /// <summary>
    /// Comma-separated networks of reverse proxies (nginx, `tailscale serve`) whose `X-Forwarded-For` and
    /// `X-Forwarded-Proto` are believed: unlock attempts count per forwarded client, and the cookie is Secure behind TLS.
    /// </summary>
    public string TrustedProxies { get; set; } = "127.0.0.0/8, ::1";

    /// <summary>How long an unlock cookie stays valid.</summary>
    public TimeSpan UnlockLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The wait after the first wrong passphrase; it doubles with each further one, up to <see cref="MaxUnlockDelay"/>.</summary>
    public TimeSpan UnlockDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxUnlockDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Unlock attempts per minute from all clients together, whatever addresses they come from.</summary>
    public int UnlockAttemptsPerMinute { get; set; } = 30;

    /// <summary>Where the master key file lives when neither the environment nor Windows holds it (default: the data folder).</summary>
    public string? KeyFile { get; set; }
}
