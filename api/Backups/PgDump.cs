using System.Text.RegularExpressions;
using InstaIntel.Api.Persistence;
using InstaIntel.Api.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InstaIntel.Api.Backups;

/// <summary>
/// Backups on PostgreSQL: `pg_dump --format=custom` of the app's database (one consistent snapshot, taken while
/// crawls keep writing), read back with pg_restore before it counts: its table of contents must hold the data of
/// every table of the app and a migration history this build knows. The same check comes before a restore.
/// </summary>
public static partial class PgDump
{
    /// <summary>The first bytes of every custom-format archive.</summary>
    private static readonly byte[] Magic = "PGDMP"u8.ToArray();

    private static readonly Lazy<(string[] Tables, HashSet<string> Migrations)> Model = new(() =>
    {
        using var db = new PostgresInstaIntelDb(new DbContextOptionsBuilder<PostgresInstaIntelDb>().UseNpgsql("Host=model-only").Options);
        return (ModelTables.Of(db.Model), db.Database.GetMigrations().ToHashSet());
    });

    /// <summary>Dumps the database to <paramref name="archive"/> and checks it; nothing is left behind when either fails.</summary>
    public static async Task WriteAsync(string connectionString, string? toolsFolder, string archive, CancellationToken ct)
    {
        var partial = archive + ".partial";
        try
        {
            var pgDump = PostgresTools.Find("pg_dump", toolsFolder);
            OwnerOnlyFile.Prepare(partial);
            var run = await PostgresTools.RunAsync(pgDump, ["--format=custom", "--no-password", "--file", partial], connectionString, ct);
            if (run.ExitCode != 0)
                throw new PostgresToolException($"pg_dump failed (exit code {run.ExitCode}): {PostgresTools.Excerpt(run.Error)}");
            if (await ProblemAsync(partial, toolsFolder, ct) is { } problem)
                throw new InvalidDataException($"the dump pg_dump wrote is unusable: {problem}");
            File.Move(partial, archive);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>Whether the file starts as pg_dump's custom format does (a SQLite archive is gzip).</summary>
    public static bool IsPgDump(string path)
    {
        using var file = File.OpenRead(path);
        var start = new byte[Magic.Length];
        return file.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) == start.Length && start.SequenceEqual(Magic);
    }

    /// <summary>What is wrong with the dump at <paramref name="path"/>, in words for its user; null when nothing is.</summary>
    public static async Task<string?> ProblemAsync(string path, string? toolsFolder, CancellationToken ct = default)
    {
        if (!IsPgDump(path)) return "it is not a pg_dump archive in the custom format (pg_dump --format=custom)";
        var pgRestore = PostgresTools.Find("pg_restore", toolsFolder);
        var list = await PostgresTools.RunAsync(pgRestore, ["--list", path], "", ct);
        if (list.ExitCode != 0) return $"pg_restore cannot read it ({PostgresTools.Excerpt(list.Error)})";
        var tables = TableData().Matches(list.Output).Select(m => m.Groups[1].Value).ToHashSet();
        if (Model.Value.Tables.Except(tables).ToArray() is { Length: > 0 } missing)
            return tables.Count == 0
                ? "it holds no tables at all, so it is not a dump of an InstaIntel database"
                : $"it is not a dump of an InstaIntel database: it lacks the tables {string.Join(", ", missing)}";

        var history = await PostgresTools.RunAsync(pgRestore, ["--data-only", "--table", HistoryRepository.DefaultTableName, "--file", "-", path], "", ct);
        if (history.ExitCode != 0) return $"pg_restore cannot read its migration history ({PostgresTools.Excerpt(history.Error)})";
        var applied = CopiedRows(history.Output).Select(row => row.Split('\t')[0]).ToList();
        if (applied.Count == 0) return "it is not a dump of an InstaIntel database: its migration history is empty";
        if (applied.FirstOrDefault(m => !Model.Value.Migrations.Contains(m)) is { } unknown)
            return $"it was made by a newer InstaIntel (migration {unknown} is unknown to this one); update InstaIntel, then restore";
        return null;
    }

    /// <summary>The rows of the `COPY … FROM stdin;` blocks of a SQL script pg_restore wrote.</summary>
    private static IEnumerable<string> CopiedRows(string script)
    {
        var inCopy = false;
        foreach (var line in script.Split('\n'))
        {
            if (inCopy && line == "\\.") inCopy = false;
            else if (inCopy) yield return line;
            else if (line.StartsWith("COPY ", StringComparison.Ordinal) && line.EndsWith("FROM stdin;", StringComparison.Ordinal)) inCopy = true;
        }
    }

    /// <summary>A table's data in pg_restore's listing: `3380; 0 16390 TABLE DATA public accounts owner`.</summary>
    [GeneratedRegex(@"^\d+; \d+ \d+ TABLE DATA \S+ (\S+) ", RegexOptions.Multiline)]
    private static partial Regex TableData();
}
