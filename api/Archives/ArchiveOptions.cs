namespace InstaIntel.Api.Archives;

/// <summary>Caps on what an upload may hold (section `Imports`), so that a hostile file cannot fill the disk or memory.</summary>
public sealed class ArchiveOptions
{
    public const string Section = "Imports";

    /// <summary>The largest upload accepted, as sent (a ZIP or the loose files together).</summary>
    public long MaxUploadBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>The most the list files of one archive may unpack to.</summary>
    public long MaxUnpackedBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>How many times larger than its packed size a list file may unpack: text packs ~10×, ZIP bombs ~1000×.</summary>
    public int MaxCompressionRatio { get; set; } = 200;

    /// <summary>
    /// The most entries the lists of one archive may hold together. An import keeps each person in memory until it has
    /// recorded them (scripts/bench: 127 MiB growth for 101,000 people), so this bounds what one import can hold.
    /// </summary>
    public int MaxPeople { get; set; } = 1_000_000;

    /// <summary>Where uploads wait while they are read: `imports/` in the data folder (not a setting).</summary>
    internal string SpoolFolder { get; set; } = Path.GetTempPath();
}
