using System.IO.Compression;
using InstaIntel.Api.Hosting;
using InstaIntel.Api.Persistence;

namespace InstaIntel.Api.Backups;

/// <summary>
/// `InstaIntel.Api restore ARCHIVE [--data DIR]` (what scripts/restore runs). Refuses while an app holds the data
/// folder. On PostgreSQL it hands a .pgdump to <see cref="PostgresRestore"/>; on SQLite it unpacks the archive beside
/// the database and proves it is a whole InstaIntel database (<see cref="DatabaseCheck"/>) before the live database
/// is touched, and keeps the replaced database beside it.
/// </summary>
public static class RestoreCommand
{
    /// <summary>Summed up after a restore; a backup an older InstaIntel made may name its tables otherwise until the next start.</summary>
    public static readonly string[] CountedTables = ["accounts", "profiles", "crawls", "follower_edges", "following_edges"];

    /// <summary>
    /// Restores <paramref name="archive"/> into the database <paramref name="settings"/> name (`Database:Provider`,
    /// `Database:ConnectionString`; SQLite in the data folder when they name none). Exit codes: 0 done, 2 no such
    /// archive or unusable database settings, 3 the app is running, 4 the archive was refused, 5 PostgreSQL's
    /// client programs are missing or pg_restore failed (in one transaction: the database is as it was).
    /// </summary>
    public static async Task<int> RunAsync(string archive, string dataFolder, TextWriter output, IConfiguration? settings = null)
    {
        if (!File.Exists(archive))
        {
            await output.WriteLineAsync($"No such archive: {archive}");
            return 2;
        }
        settings ??= new ConfigurationBuilder().Build();
        var database = DatabaseOptions.From(settings);
        if (database.Problems().FirstOrDefault() is { } unusable)
        {
            await output.WriteLineAsync($"{unusable} Nothing was changed.");
            return 2;
        }
        using var held = DataFolderLock.TryAcquireExclusive(dataFolder);
        if (held is null)
        {
            await output.WriteLineAsync($"InstaIntel is running on {dataFolder}: stop it, then restore. Nothing was changed.");
            return 3;
        }
        return database.Parsed == DatabaseProvider.PostgreSql
            ? await PostgresRestore.RunAsync(archive, database.ConnectionString!, settings["Backups:PostgresBin"], output)
            : await RunSqliteAsync(archive, dataFolder, output);
    }

    private static async Task<int> RunSqliteAsync(string archive, string dataFolder, TextWriter output)
    {
        var database = DatabaseSetup.DatabasePath(dataFolder);
        var incoming = database + ".restoring";
        if (await UnpackProblemAsync(archive, incoming) is { } problem)
        {
            await output.WriteLineAsync($"The archive was refused: {problem}. Nothing was changed.");
            return 4;
        }

        if (File.Exists(database))
        {
            await using (var live = DatabaseCheck.Open(database))
            {
                await live.OpenAsync();
                await using var checkpoint = live.CreateCommand();
                checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                await checkpoint.ExecuteNonQueryAsync();
            }
            var aside = $"{database}.before-restore-{DateTime.UtcNow:yyyyMMdd-HHmmss}";
            File.Move(database, aside);
            await output.WriteLineAsync($"The replaced database is kept as {aside}");
        }
        foreach (var sidecar in new[] { "-wal", "-shm" }) File.Delete(database + sidecar);
        File.Move(incoming, database);

        await using var restored = DatabaseCheck.Open(database);
        await restored.OpenAsync();
        var counts = await DatabaseCheck.CountRowsAsync(restored, CancellationToken.None);
        await output.WriteLineAsync($"Restored {archive}: integrity_check ok; {string.Join(", ", CountedTables.Where(counts.ContainsKey).Select(t => $"{t} {counts[t]}"))}");
        return 0;
    }

    /// <summary>
    /// Unpacks <paramref name="archive"/> to <paramref name="incoming"/> and checks it is a whole InstaIntel database;
    /// what is wrong, in words, or null. A refused file is deleted.
    /// </summary>
    public static async Task<string?> UnpackProblemAsync(string archive, string incoming, CancellationToken ct = default)
    {
        string? problem;
        try
        {
            if (PgDump.IsPgDump(archive))
                return "it is a PostgreSQL dump (.pgdump), and this installation keeps its data in SQLite: restore it with the "
                    + "Database:Provider=PostgreSql and Database:ConnectionString settings of the installation it came from";
            await using (var source = new GZipStream(File.OpenRead(archive), CompressionMode.Decompress))
            await using (var target = File.Create(incoming))
                await source.CopyToAsync(target, ct);
            problem = await DatabaseCheck.ProblemAsync(incoming, ct);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            problem = $"it could not be unpacked ({e.Message})";
        }
        if (problem is not null) DeleteWithSidecars(incoming);
        return problem;
    }

    public static void DeleteWithSidecars(string database)
    {
        foreach (var file in new[] { database, database + "-wal", database + "-shm" }) File.Delete(file);
    }
}
