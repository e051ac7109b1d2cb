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
    /// <summary>
    /// The doc ids the app's private GraphQL follow lists answer to: instagrapi 3.0.5's (PR #2806), then the ids they
    /// replaced, which "still resolve". Another id answers an execution error.
    /// </summary>
    public string[] FollowersListDocIds { get; set; } = ["284797047911918316998205836755", "28479704797510738576165798526"];
    public string[] FollowingListDocIds { get; set; } = ["16104639286363954576550227636", "161046392817718486717479294775"];
    /// <summary>The page size of the app's GraphQL lists when the query names none (instagrapi sends no count).</summary>
    public int AppGraphQLPageSize { get; set; } = 50;
    /// <summary>App versions below this major are answered as retired (instagrapi #2369, February 2026).</summary>
    public int MinAppVersion { get; set; } = 400;
    /// <summary>The automated-activity rule of the web follower dialog; see <see cref="Simulator.Detector"/>.</summary>
    public DetectorOptions Detector { get; set; } = new();
    /// <summary>Replay mode: answer from this folder of recorded responses instead of the built-in world.</summary>
    public string? ReplayFolder { get; set; }
}
