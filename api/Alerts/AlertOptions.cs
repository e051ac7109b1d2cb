namespace InstaIntel.Api.Alerts;

/// <summary>Settings under `Alerts:`.</summary>
public sealed class AlertOptions
{
    /// <summary>
    /// Where links in messages point: the dashboard as the reader reaches it, e.g. `https://instaintel.tailnet.ts.net`.
    /// Empty: <see cref="DashboardUrl"/> works it out from `Security:HostNames` and the address the app listens on.
    /// </summary>
    public string BaseUrl { get; set; } = "";
    /// <summary>How often the worker looks for new events and deliveries due (it is also woken when this process records one).</summary>
    public TimeSpan PollEvery { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>Attempts per delivery (Polly retries with exponential backoff from <see cref="RetryDelay"/>) before it is Failed.</summary>
    public int Attempts { get; set; } = 4;
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(20);
    /// <summary>How long an SMTP server has to greet and finish the TLS handshake: a port that is not SMTP fails fast.</summary>
    public TimeSpan SmtpConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>
    /// Host names (comma-separated) alerts may reach although they resolve to this machine or a private network, e.g. a
    /// self-hosted ntfy on the LAN: `ntfy.lan, 192.168.1.20`. Every other loopback, link-local, private or unspecified
    /// destination is refused (<see cref="AlertDestinations"/>).
    /// </summary>
    public string AllowPrivateHosts { get; set; } = "";
    /// <summary>Telegram's Bot API host; tests point it at a local listener.</summary>
    public string TelegramApiUrl { get; set; } = "https://api.telegram.org";
    public TimeSpan DiskCheckEvery { get; set; } = TimeSpan.FromMinutes(10);
    /// <summary>The most people a message names before "and N more".</summary>
    public int NamesPerMessage { get; set; } = 10;
    /// <summary>False keeps the delivery worker off (events are still recorded and delivered by the next start).</summary>
    public bool Deliver { get; set; } = true;
}
