using System.Globalization;

namespace InstaIntel.Api.Backups;

/// <summary>One archive in the backups folder: `instaintel-yyyyMMdd-HHmmss-fff.db.gz`, named with its UTC time.</summary>
public sealed record Backup(string FileName, long SizeBytes, DateTime CreatedAt)
{
    private const string Prefix = "instaintel-";
    private const string Suffix = ".db.gz";
    private const string TimeFormat = "yyyyMMdd-HHmmss-fff";

    public static string NameFor(DateTime utc) => Prefix + utc.ToString(TimeFormat, CultureInfo.InvariantCulture) + Suffix;

    public static Backup? FromFile(FileInfo file) =>
        file.Name.StartsWith(Prefix) && file.Name.EndsWith(Suffix)
        && DateTime.TryParseExact(file.Name[Prefix.Length..^Suffix.Length], TimeFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var created)
            ? new Backup(file.Name, file.Length, created)
            : null;
}
