using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace InstaIntel.Api.Migrate;

/// <summary>A problem the migration explains in words and stops at.</summary>
public sealed class MigrationProblem(string message) : Exception(message);

/// <summary>Copies the app's tables from SQLite into PostgreSQL with binary COPY, and what the copy needs around it.</summary>
public static class TableCopy
{
    /// <summary>
    /// The model's tables, each after the tables its foreign keys point to, so every row finds its parent already
    /// there; tables with no order between them alphabetically.
    /// </summary>
    public static List<string> InDependencyOrder(IModel model)
    {
        var parents = model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null)
            .GroupBy(e => e.GetTableName()!)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.GetForeignKeys())
                .Select(fk => fk.PrincipalEntityType.GetTableName()!)
                .Where(p => p != g.Key)
                .ToHashSet());
        var ordered = new List<string>();
        while (parents.Count > 0)
        {
            var ready = parents.Where(t => t.Value.All(ordered.Contains)).Select(t => t.Key).Order(StringComparer.Ordinal).ToList();
            if (ready.Count == 0) throw new MigrationProblem($"the tables {string.Join(", ", parents.Keys)} refer to each other in a circle");
            ordered.AddRange(ready);
            foreach (var table in ready) parents.Remove(table);
        }
        return ordered;
    }

    /// <summary>Copies every row of <paramref name="table"/>; returns how many.</summary>
    public static async Task<long> CopyAsync(SqliteConnection source, NpgsqlConnection target, string table, CancellationToken ct)
    {
        var columns = await TargetColumnsAsync(target, table, ct);
        var sourceColumns = await SourceColumnsAsync(source, table, ct);
        if (columns.FirstOrDefault(c => !sourceColumns.Contains(c.Name)) is { } missing)
            throw new MigrationProblem($"PostgreSQL's table {table} has a column {missing.Name} that SQLite's lacks");

        var list = string.Join(", ", columns.Select(c => Quote(c.Name)));
        await using var read = source.CreateCommand();
        read.CommandText = $"SELECT {list} FROM {Quote(table)}";
        await using var reader = await read.ExecuteReaderAsync(ct);
        await using var import = await target.BeginBinaryImportAsync($"COPY {Quote(table)} ({list}) FROM STDIN (FORMAT BINARY)", ct);
        long rows = 0;
        // Synchronous writes: the importer buffers, and an await per value costs more than the copy itself.
        while (await reader.ReadAsync(ct))
        {
            import.StartRow();
            for (var i = 0; i < columns.Count; i++)
            {
                if (reader.IsDBNull(i))
                {
                    import.WriteNull();
                    continue;
                }
                var value = reader.GetValue(i);
                object converted;
                try
                {
                    converted = columns[i].Conversion.Convert(value);
                }
                catch (Exception e) when (e is FormatException or OverflowException)
                {
                    throw new MigrationProblem($"{table}.{columns[i].Name} holds \"{value}\", which is not a {columns[i].TypeName}: {e.Message}");
                }
                import.Write(converted, columns[i].Conversion.Type);
            }
            rows++;
        }
        await import.CompleteAsync(ct);
        return rows;
    }

    /// <summary>
    /// Moves each identity column's sequence past the largest id copied, so the next row PostgreSQL numbers does not
    /// collide with a copied one. Returns "table.column = value" for each sequence set.
    /// </summary>
    public static async Task<List<string>> ResetSequencesAsync(NpgsqlConnection target, IEnumerable<string> tables, CancellationToken ct)
    {
        var set = new List<string>();
        foreach (var table in tables)
        {
            var sequences = new List<(string Column, string Sequence)>();
            await using (var find = new NpgsqlCommand("""
                SELECT a.attname, pg_get_serial_sequence(quote_ident(@table), a.attname)
                FROM pg_attribute a
                WHERE a.attrelid = to_regclass(quote_ident(@table)) AND a.attnum > 0 AND NOT a.attisdropped
                  AND pg_get_serial_sequence(quote_ident(@table), a.attname) IS NOT NULL
                """, target))
            {
                find.Parameters.AddWithValue("table", table);
                await using var reader = await find.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) sequences.Add((reader.GetString(0), reader.GetString(1)));
            }
            foreach (var (column, sequence) in sequences)
            {
                await using var reset = new NpgsqlCommand(
                    $"SELECT setval(@sequence, max({Quote(column)})) FROM {Quote(table)} HAVING max({Quote(column)}) IS NOT NULL", target);
                reset.Parameters.AddWithValue("sequence", sequence);
                if (await reset.ExecuteScalarAsync(ct) is long value) set.Add($"{table}.{column} = {value}");
            }
        }
        return set;
    }

    public static async Task<long> CountAsync(SqliteConnection source, string table, CancellationToken ct)
    {
        await using var count = source.CreateCommand();
        count.CommandText = $"SELECT count(*) FROM {Quote(table)}";
        return (long)(await count.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Rows in <paramref name="table"/>, or null when PostgreSQL has no such table.</summary>
    public static async Task<long?> CountAsync(NpgsqlConnection target, string table, CancellationToken ct)
    {
        await using (var exists = new NpgsqlCommand("SELECT to_regclass(quote_ident(@table)) IS NOT NULL", target))
        {
            exists.Parameters.AddWithValue("table", table);
            if (await exists.ExecuteScalarAsync(ct) is not true) return null;
        }
        await using var count = new NpgsqlCommand($"SELECT count(*) FROM {Quote(table)}", target);
        return (long)(await count.ExecuteScalarAsync(ct))!;
    }

    private sealed record TargetColumn(string Name, string TypeName, ColumnConversion Conversion);

    /// <summary>The table's columns as PostgreSQL's catalog has them, in order (generated columns are PostgreSQL's to fill).</summary>
    private static async Task<List<TargetColumn>> TargetColumnsAsync(NpgsqlConnection target, string table, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            SELECT a.attname, t.typname
            FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
            WHERE a.attrelid = to_regclass(quote_ident(@table)) AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
            ORDER BY a.attnum
            """, target);
        command.Parameters.AddWithValue("table", table);
        var columns = new List<TargetColumn>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var (name, type) = (reader.GetString(0), reader.GetString(1));
            columns.Add(new TargetColumn(name, type, ColumnConversion.For(type)
                ?? throw new MigrationProblem($"{table}.{name} is of PostgreSQL type {type}, which the migration has no conversion for")));
        }
        if (columns.Count == 0) throw new MigrationProblem($"PostgreSQL has no table {table} after the migrations");
        return columns;
    }

    private static async Task<HashSet<string>> SourceColumnsAsync(SqliteConnection source, string table, CancellationToken ct)
    {
        await using var command = source.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_info($table)";
        command.Parameters.AddWithValue("$table", table);
        var names = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) names.Add(reader.GetString(0));
        if (names.Count == 0) throw new MigrationProblem($"SQLite's database has no table {table}");
        return names;
    }

    public static string Quote(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";
}
