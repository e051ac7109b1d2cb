using System.IO.Compression;
using InstaIntel.Api.Hosting;
using InstaIntel.Api.Persistence;
using Microsoft.Data.Sqlite;

namespace InstaIntel.Api.Backups;

/// <summary>
/// `InstaIntel.Api restore ARCHIVE [--data DIR]` (what scripts/restore runs). Refuses while an app holds the data
/// folder; checks the archive's integrity before touching anything; keeps the replaced database beside it.
/// </summary>
public static class RestoreCommand
{
    public static readonly string[] CountedTables = ["accounts", "profiles", "scrapes", "followers", "following"];

    public static async Task<int> RunAsync(string archive, string dataFolder, TextWriter output)
    {
        if (!File.Exists(archive))
        {
            await output.WriteLineAsync($"No such archive: {archive}");
            return 2;
        }
        using var held = DataFolderLock.TryAcquireExclusive(dataFolder);
        if (held is null)
        {
            await output.WriteLineAsync($"InstaIntel is running on {dataFolder}: stop it, then restore. Nothing was changed.");
            return 3;
        }

        var database = DatabaseSetup.DatabasePath(dataFolder);
        var incoming = database + ".restoring";
        await using (var source = new GZipStream(File.OpenRead(archive), CompressionMode.Decompress))
        await using (var target = File.Create(incoming))
            await source.CopyToAsync(target);
        if (await IntegrityAsync(incoming) is not "ok" and var problem)
        {
            File.Delete(incoming);
            await output.WriteLineAsync($"The archive failed its integrity check ({problem}). Nothing was changed.");
            return 4;
        }

        if (File.Exists(database))
        {
            await ExecuteAsync(database, "PRAGMA wal_checkpoint(TRUNCATE);");
            var aside = $"{database}.before-restore-{DateTime.UtcNow:yyyyMMdd-HHmmss}";
            File.Move(database, aside);
            await output.WriteLineAsync($"The replaced database is kept as {aside}");
        }
        foreach (var sidecar in new[] { "-wal", "-shm" }) File.Delete(database + sidecar);
        File.Move(incoming, database);

        var integrity = await IntegrityAsync(database);
        var counts = new List<string>();
        foreach (var table in CountedTables) counts.Add($"{table} {await ScalarAsync(database, $"SELECT count(*) FROM {table}")}");
        await output.WriteLineAsync($"Restored {archive}: integrity_check {integrity}; {string.Join(", ", counts)}");
        return integrity == "ok" ? 0 : 4;
    }

    private static async Task<string> IntegrityAsync(string path)
    {
        try
        {
            return (await ScalarAsync(path, "PRAGMA integrity_check"))?.ToString() ?? "no answer";
        }
        catch (SqliteException e)
        {
            return e.Message;
        }
    }

    private static async Task<object?> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadWrite;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static Task ExecuteAsync(string path, string sql) => ScalarAsync(path, sql);
}
