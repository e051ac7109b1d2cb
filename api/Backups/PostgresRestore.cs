using Npgsql;

namespace InstaIntel.Api.Backups;

/// <summary>
/// The restore command on PostgreSQL: the dump is checked as a backup is (<see cref="PgDump.ProblemAsync"/>), then
/// `pg_restore --clean --if-exists --single-transaction --no-owner` replaces the app's objects in the configured
/// database; a failure rolls the whole restore back. The caller holds the data folder's lock.
/// </summary>
public static class PostgresRestore
{
    public static async Task<int> RunAsync(string archive, string connectionString, string? toolsFolder, TextWriter output)
    {
        if (!PgDump.IsPgDump(archive))
        {
            await output.WriteLineAsync("The archive was refused: it is not a PostgreSQL dump (.pgdump), and this installation keeps its data in PostgreSQL " +
                "(Database:Provider). A SQLite archive (.db.gz) goes back into a SQLite installation (restore it without the PostgreSQL settings), " +
                "which scripts/migrate then copies into PostgreSQL. Nothing was changed.");
            return 4;
        }
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        try
        {
            if (await PgDump.ProblemAsync(archive, toolsFolder) is { } problem)
            {
                await output.WriteLineAsync($"The archive was refused: {problem}. Nothing was changed.");
                return 4;
            }
            var pgRestore = PostgresTools.Find("pg_restore", toolsFolder);
            var run = await PostgresTools.RunAsync(pgRestore,
                ["--clean", "--if-exists", "--single-transaction", "--no-owner", "--no-password", "--dbname", connection.Database ?? connection.Username ?? "postgres", archive],
                connectionString, CancellationToken.None);
            if (run.ExitCode != 0)
            {
                await output.WriteLineAsync($"pg_restore failed (exit code {run.ExitCode}): {PostgresTools.Excerpt(run.Error)} " +
                    "It ran in one transaction: the database is as it was.");
                return 5;
            }
        }
        catch (Exception e) when (e is PostgresToolException or System.ComponentModel.Win32Exception)
        {
            await output.WriteLineAsync($"The restore could not run: {e.Message}. Nothing was changed.");
            return 5;
        }

        await output.WriteLineAsync($"Restored {archive} into the PostgreSQL database {connection.Database} on {connection.Host}: {await CountsAsync(connectionString)}");
        return 0;
    }

    private static async Task<string> CountsAsync(string connectionString)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            var counts = new List<string>();
            foreach (var table in RestoreCommand.CountedTables)
            {
                await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
                counts.Add($"{table} {await count.ExecuteScalarAsync()}");
            }
            return string.Join(", ", counts);
        }
        catch (NpgsqlException e)
        {
            return $"its rows could not be counted ({e.Message})";
        }
    }
}
