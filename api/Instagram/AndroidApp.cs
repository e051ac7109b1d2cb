namespace InstaIntel.Api.Instagram;

/// <summary>
/// The Instagram Android build that mobile requests present: app version, its build number and the Bloks version id
/// that build ships with belong together (instagrapi's 2026 default, docs/instagram-shapes.md §3). The phone is a
/// Pixel 8 Pro on Android 14. Each is a setting under `Instagram:Android:`.
/// </summary>
public sealed class AndroidApp
{
    public string AppVersion { get; set; } = "428.0.0.47.67";
    public string VersionCode { get; set; } = "961145276";
    public string BloksVersionId { get; set; } = "7189b949425f9bf80ea8bd880cf5a3080b292d9b1c4b38a18d112f7c4b71e7a8";
    public string Phone { get; set; } = "34/14; 480dpi; 1344x2992; Google/google; Pixel 8 Pro; husky; husky";
    public string AppId { get; set; } = "567067343352427";
    public string Capabilities { get; set; } = "3brTv10=";

    public string UserAgent => $"Instagram {AppVersion} Android ({Phone}; en_US; {VersionCode})";
}
