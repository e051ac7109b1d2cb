using System.Globalization;

namespace InstaIntel.Api.Backups;

/// <summary>
/// One archive in the backups folder, named with its UTC time: `instaintel-yyyyMMdd-HHmmss-fff.db.gz` (the SQLite
/// file, gzipped) or `instaintel-yyyyMMdd-HHmmss-fff.pgdump` (pg_dump's custom format, on PostgreSQL).
/// </summary>
public sealed record Backup(string FileName, long SizeBytes, DateTime CreatedAt)
{
    private const string Prefix = "instaintel-";
    public const string SqliteSuffix = ".db.gz";
    public const string PgDumpSuffix = ".pgdump";
    private const string TimeFormat = "yyyyMMdd-HHmmss-fff";

    public static string NameFor(DateTime utc, string suffix = SqliteSuffix) => Prefix + utc.ToString(TimeFormat, CultureInfo.InvariantCulture) + suffix;

    public bool IsPgDump => FileName.EndsWith(PgDumpSuffix);

    public static Backup? FromFile(FileInfo file) =>
        new[] { SqliteSuffix, PgDumpSuffix }.FirstOrDefault(file.Name.EndsWith) is { } suffix
        && file.Name.StartsWith(Prefix)
        && DateTime.TryParseExact(file.Name[Prefix.Length..^suffix.Length], TimeFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var created)
            ? new Backup(file.Name, file.Length, created)
            : null;
}
