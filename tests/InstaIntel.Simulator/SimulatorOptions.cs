namespace InstaIntel.Simulator;

public sealed class SimulatorOptions
{
    /// <summary>Requests a session may make per <see cref="RateWindow"/>. The default is generous enough for demo mode.</summary>
    public int RateLimit { get; set; } = 20_000;
    public TimeSpan RateWindow { get; set; } = TimeSpan.FromHours(1);
    /// <summary>The largest page each source serves, as Instagram caps them.</summary>
    public int MaxWebPage { get; set; } = 50;
    public int MaxWebApiPage { get; set; } = 50;
    /// <summary>
    /// Whether the legacy query hashes still list profiles. Off, as Instagram since September 2026: they answer the
    /// true count with no edges.
    /// </summary>
    public bool LegacyHashesServeLists { get; set; }
    public int MaxMobilePage { get; set; } = 200;
    /// <summary>The web GraphQL query hashes currently accepted; a changed one answers as Instagram does for an unknown hash.</summary>
    public string FollowersQueryHash { get; set; } = "37479f2b8209594dde7facb0d904896a";
    public string FollowingQueryHash { get; set; } = "58712303d941c6855d4e888c5f0cd22f";
    /// <summary>Replay mode: answer from this folder of recorded responses instead of the built-in world.</summary>
    public string? ReplayFolder { get; set; }
}
