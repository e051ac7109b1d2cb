using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InstaIntel.Tests.Persistence;

/// <summary>
/// The two migration sets (Persistence/Migrations for SQLite, Persistence/PostgresMigrations for PostgreSQL) applied to
/// empty databases: each leaves nothing of the model unmigrated, and both make the same tables, columns, keys and
/// indexes, bar the objects listed here that each provider has in place of the other's.
/// </summary>
public sealed class MigrationSetsTests(PostgresFixture postgresServer) : IAsyncLifetime, IClassFixture<PostgresFixture>
{
    /// <summary>SQLite-only: Quartz's tables (on PostgreSQL Quartz creates its own) and the FTS5 search table with its queue.</summary>
    private static readonly string[] SqliteOnlyTables =
    [
        "QRTZ_BLOB_TRIGGERS", "QRTZ_CALENDARS", "QRTZ_CRON_TRIGGERS", "QRTZ_EXECUTION_HISTORY", "QRTZ_FIRED_TRIGGERS",
        "QRTZ_JOB_DETAILS", "QRTZ_JOB_STATUS", "QRTZ_LOCKS", "QRTZ_MISFIRE_HISTORY", "QRTZ_PAUSED_JOB_GRPS",
        "QRTZ_PAUSED_TRIGGER_GRPS", "QRTZ_SCHEDULER_STATE", "QRTZ_SIMPLE_TRIGGERS", "QRTZ_SIMPROP_TRIGGERS", "QRTZ_TRIGGERS",
        "profile_search", "profile_search_config", "profile_search_data", "profile_search_docsize",
        "profile_search_idx", "profile_search_pending",
    ];

    /// <summary>PostgreSQL-only: the trigram indexes that stand for the FTS5 table.</summary>
    private static readonly string[] PostgresOnlyIndexes = ["profiles.IX_profiles_full_name_trgm", "profiles.IX_profiles_username_trgm"];

    private readonly string sqliteFile = Path.Combine(Path.GetTempPath(), $"instaintel-migrations-{Guid.NewGuid():N}.db");
    private InstaIntelDb sqlite = null!;
    private PostgresInstaIntelDb postgres = null!;

    public async Task InitializeAsync()
    {
        sqlite = new InstaIntelDb(new DbContextOptionsBuilder<InstaIntelDb>().UseSqlite($"Data Source={sqliteFile};Pooling=False").Options);
        var server = await postgresServer.ServerAsync();
        postgres = new PostgresInstaIntelDb(new DbContextOptionsBuilder<PostgresInstaIntelDb>().UseNpgsql(await server.CreateDatabaseAsync()).Options);
        await sqlite.Database.MigrateAsync();
        await postgres.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await sqlite.DisposeAsync();
        await postgres.DisposeAsync();
        File.Delete(sqliteFile);
    }

    [Fact]
    public void Each_set_has_migrated_the_whole_model()
    {
        Assert.False(sqlite.Database.HasPendingModelChanges(),
            "The model changed without a SQLite migration: dotnet ef migrations add NAME --project api --startup-project api --context InstaIntelDb -o Persistence/Migrations");
        Assert.False(postgres.Database.HasPendingModelChanges(),
            "The model changed without a PostgreSQL migration: dotnet ef migrations add NAME --project api --startup-project api --context PostgresInstaIntelDb -o Persistence/PostgresMigrations");
        Assert.Empty(sqlite.Database.GetPendingMigrations());
        Assert.Empty(postgres.Database.GetPendingMigrations());
    }

    [Fact]
    public async Task Both_sets_make_the_same_tables_columns_keys_and_indexes()
    {
        var onSqlite = await SqliteSchemaAsync();
        var onPostgres = await PostgresSchemaAsync();

        Assert.Equal(SqliteOnlyTables.Order(StringComparer.Ordinal), onSqlite.Tables.Except(onPostgres.Tables).Order(StringComparer.Ordinal));
        Assert.Empty(onPostgres.Tables.Except(onSqlite.Tables));
        var shared = onSqlite.Tables.Intersect(onPostgres.Tables).ToHashSet();
        Assert.Contains("profiles", shared);
        Assert.Equal(Only(onSqlite.Columns, shared), Only(onPostgres.Columns, shared));
        Assert.Equal(Only(onSqlite.Keys, shared), Only(onPostgres.Keys, shared));
        Assert.Equal(Only(onSqlite.ForeignKeys, shared), Only(onPostgres.ForeignKeys, shared));
        Assert.Equal(Only(onSqlite.Indexes, shared), Only(onPostgres.Indexes, shared).Where(i => !PostgresOnlyIndexes.Any(p => i.StartsWith(p + " ", StringComparison.Ordinal))).ToList());
        foreach (var index in PostgresOnlyIndexes) Assert.Contains(onPostgres.Indexes, i => i.StartsWith(index + " ", StringComparison.Ordinal));
    }

    private static List<string> Only(IEnumerable<string> rows, IReadOnlySet<string> tables) =>
        [.. rows.Where(r => tables.Contains(r[..r.IndexOf('.')])).Order(StringComparer.Ordinal)];

    /// <summary>Each fact as one comparable line beginning "table.".</summary>
    private sealed record Schema(List<string> Tables, List<string> Columns, List<string> Keys, List<string> ForeignKeys, List<string> Indexes);

    /// <summary>The kinds of value a column holds, as both providers store them (SQLite keeps times as text, flags as integers).</summary>
    private static string Kind(string type) => type.ToLowerInvariant() switch
    {
        "integer" or "bigint" or "smallint" or "boolean" => "integer",
        "real" or "double precision" or "numeric" => "real",
        "blob" or "bytea" => "blob",
        "text" or "timestamp with time zone" or "character varying" or "uuid" => "text",
        var other => other,
    };

    private async Task<Schema> SqliteSchemaAsync()
    {
        await using var c = new SqliteConnection($"Data Source={sqliteFile};Mode=ReadOnly;Pooling=False");
        await c.OpenAsync();
        var tables = await RowsAsync(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock')");
        var columns = await RowsAsync(c, """
            SELECT m.name || '.' || p.name || ' ' || lower(p.type) || ' ' || (CASE WHEN p."notnull" OR p.pk > 0 THEN 'not null' ELSE 'null' END)
            FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table'
            """);
        var keys = await RowsAsync(c, """
            SELECT t || '.' || group_concat(c, ',') FROM
                (SELECT m.name AS t, p.name AS c FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table' AND p.pk > 0 ORDER BY m.name, p.pk)
            GROUP BY t
            """);
        var foreignKeys = await RowsAsync(c, """
            SELECT m.name || '.' || f."from" || ' -> ' || f."table" || '.' || f."to" || ' on delete ' || lower(f.on_delete)
            FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table'
            """);
        var indexes = await RowsAsync(c, """
            SELECT m.name || '.' || l.name || ' (' || (SELECT group_concat(name, ',') FROM (SELECT i.name FROM pragma_index_info(l.name) i ORDER BY i.seqno)) || ')'
                || CASE WHEN l."unique" THEN ' unique' ELSE '' END
            FROM sqlite_master m, pragma_index_list(m.name) l WHERE m.type = 'table' AND l.origin = 'c'
            """);
        return new Schema(tables, [.. columns.Select(KindOf)], keys, foreignKeys, indexes);
    }

    private async Task<Schema> PostgresSchemaAsync()
    {
        await using var c = new NpgsqlConnection(postgres.Database.GetConnectionString());
        await c.OpenAsync();
        var tables = await RowsAsync(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '__EFMigrationsHistory'");
        var columns = await RowsAsync(c, """
            SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || CASE WHEN is_nullable = 'NO' THEN 'not null' ELSE 'null' END
            FROM information_schema.columns WHERE table_schema = 'public'
            """);
        var keys = await RowsAsync(c, """
            SELECT t.relname || '.' || string_agg(a.attname, ',' ORDER BY k.n)
            FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace s ON s.oid = t.relnamespace
            CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
            WHERE i.indisprimary AND s.nspname = 'public'
            GROUP BY t.relname
            """);
        var foreignKeys = await RowsAsync(c, """
            SELECT t.relname || '.' || a.attname || ' -> ' || r.relname || '.' || ra.attname || ' on delete ' ||
                CASE f.confdeltype WHEN 'c' THEN 'cascade' WHEN 'r' THEN 'restrict' WHEN 'n' THEN 'set null' WHEN 'd' THEN 'set default' ELSE 'no action' END
            FROM pg_constraint f JOIN pg_class t ON t.oid = f.conrelid JOIN pg_class r ON r.oid = f.confrelid
            JOIN pg_namespace s ON s.oid = t.relnamespace
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = f.conkey[1]
            JOIN pg_attribute ra ON ra.attrelid = r.oid AND ra.attnum = f.confkey[1]
            WHERE f.contype = 'f' AND s.nspname = 'public'
            """);
        var indexes = await RowsAsync(c, """
            SELECT t.relname || '.' || x.relname || ' (' || string_agg(a.attname, ',' ORDER BY k.n) || ')' || CASE WHEN i.indisunique THEN ' unique' ELSE '' END
            FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class x ON x.oid = i.indexrelid
            JOIN pg_namespace s ON s.oid = t.relnamespace
            CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
            WHERE NOT i.indisprimary AND s.nspname = 'public'
            GROUP BY t.relname, x.relname, i.indisunique
            """);
        return new Schema(tables, [.. columns.Select(KindOf)], keys, foreignKeys, indexes);
    }

    /// <summary>"table.column TYPE null" with the type as its kind (<see cref="Kind"/>).</summary>
    private static string KindOf(string column)
    {
        var name = column[..column.IndexOf(' ')];
        var nullability = column.EndsWith(" not null", StringComparison.Ordinal) ? "not null" : "null";
        var type = column[(name.Length + 1)..^(nullability.Length + 1)];
        return $"{name} {Kind(type)} {nullability}";
    }

    private static async Task<List<string>> RowsAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }
}
