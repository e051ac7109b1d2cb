using InstaIntel.Api.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InstaIntel.Api.Backups;

/// <summary>
/// Whether a SQLite file is a whole database of this app. An empty file is a valid, empty SQLite database that
/// passes integrity_check, so the check also asks for a migration history this build knows and the app's tables as its
/// last migration left them (a backup an older build made is whole with fewer or older-named tables).
/// </summary>
public static class DatabaseCheck
{
    private static readonly Lazy<(string[] Tables, IMigrationsAssembly Migrations)> Model = new(() =>
    {
        using var db = new InstaIntelDb(new DbContextOptionsBuilder<InstaIntelDb>().UseSqlite("Data Source=:memory:").Options);
        return (ModelTables.Of(db.Model), db.GetService<IMigrationsAssembly>());
    });

    /// <summary>What is wrong with the database at <paramref name="path"/>, in words for its user; null when nothing is.</summary>
    public static async Task<string?> ProblemAsync(string path, CancellationToken ct = default)
    {
        await using var connection = Open(path);
        try
        {
            await connection.OpenAsync(ct);
            if (await ScalarAsync(connection, "PRAGMA quick_check", ct) is not "ok" and var problem)
                return $"it fails SQLite's integrity check ({problem})";
            var tables = await TablesAsync(connection, ct);
            if (tables.Count == 0) return "it holds no tables at all (an empty file is one), so it is not an InstaIntel database";
            if (!tables.Contains(HistoryRepository.DefaultTableName)) return Lacking(Model.Value.Tables.Except(tables));
            var applied = await MigrationsAsync(connection, ct);
            if (applied.Count == 0) return "it is not an InstaIntel database: its migration history is empty";
            if (applied.FirstOrDefault(m => !Model.Value.Migrations.Migrations.ContainsKey(m)) is { } unknown)
                return $"it was made by a newer InstaIntel (migration {unknown} is unknown to this one); update InstaIntel, then restore";
            // A database an older InstaIntel made holds the tables of its own last migration; the next start migrates it.
            var missing = TablesAt(applied.Max(StringComparer.Ordinal)!).Except(tables).ToArray();
            return missing.Length > 0 ? Lacking(missing) : null;
        }
        catch (SqliteException e)
        {
            return $"it fails SQLite's integrity check ({e.Message})";
        }
    }

    private static string Lacking(IEnumerable<string> missing) =>
        $"it is not an InstaIntel database: it lacks the tables {string.Join(", ", missing)}";

    private static string[] TablesAt(string migration)
    {
        var assembly = Model.Value.Migrations;
        var model = assembly.CreateMigration(assembly.Migrations[migration], "Microsoft.EntityFrameworkCore.Sqlite").TargetModel;
        return model is null ? Model.Value.Tables : ModelTables.Of(model);
    }

    /// <summary>Rows in each ordinary table, read in the connection's current transaction when it has one.</summary>
    public static async Task<SortedDictionary<string, long>> CountRowsAsync(SqliteConnection connection, CancellationToken ct)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in await TablesAsync(connection, ct))
            counts[table] = (long)(await ScalarAsync(connection, $"SELECT count(*) FROM \"{table.Replace("\"", "\"\"")}\"", ct))!;
        return counts;
    }

    public static SqliteConnection Open(string path) => new($"Data Source={path};Mode=ReadWrite;Pooling=False");

    /// <summary>Ordinary tables: not SQLite's own, nor virtual tables and their shadow tables (the search index).</summary>
    private static async Task<List<string>> TablesAsync(SqliteConnection connection, CancellationToken ct) =>
        await ListAsync(connection, "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name", ct);

    private static Task<List<string>> MigrationsAsync(SqliteConnection connection, CancellationToken ct) =>
        ListAsync(connection, $"SELECT MigrationId FROM \"{HistoryRepository.DefaultTableName}\"", ct);

    private static async Task<List<string>> ListAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var values = new List<string>();
        while (await reader.ReadAsync(ct)) values.Add(reader.GetString(0));
        return values;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }
}
