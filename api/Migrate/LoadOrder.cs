using Npgsql;

namespace InstaIntel.Api.Migrate;

/// <summary>
/// The secondary indexes and foreign keys of the tables being filled, set aside while their rows are copied and
/// built again afterwards, in the same transaction. PostgreSQL builds an index over a full table, and checks a foreign
/// key over it in one join, far faster than it updates and checks them row by row (a million profiles: minutes of
/// trigram index maintenance otherwise). Primary keys stay, so a duplicate row still fails at once.
/// </summary>
public sealed class LoadOrder
{
    private readonly List<string> indexes = [];
    private readonly List<(string Table, string Name, string Definition)> foreignKeys = [];

    public static async Task<LoadOrder> SetAsideAsync(NpgsqlConnection target, IEnumerable<string> tables, CancellationToken ct)
    {
        var order = new LoadOrder();
        var names = tables.ToArray();
        await using (var find = new NpgsqlCommand("""
            SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
            FROM pg_constraint c
            WHERE c.contype = 'f' AND c.conrelid = ANY (SELECT to_regclass(quote_ident(t)) FROM unnest(@tables) t)
            """, target))
        {
            find.Parameters.AddWithValue("tables", names);
            await using var reader = await find.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) order.foreignKeys.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }
        await using (var find = new NpgsqlCommand("""
            SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
            FROM pg_index i
            WHERE i.indrelid = ANY (SELECT to_regclass(quote_ident(t)) FROM unnest(@tables) t)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            """, target))
        {
            find.Parameters.AddWithValue("tables", names);
            var dropped = new List<string>();
            await using (var reader = await find.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct))
                {
                    dropped.Add(reader.GetString(0));
                    order.indexes.Add(reader.GetString(1));
                }
            foreach (var index in dropped) await ExecuteAsync(target, $"DROP INDEX {index}", ct);
        }
        foreach (var (table, name, _) in order.foreignKeys)
            await ExecuteAsync(target, $"ALTER TABLE {table} DROP CONSTRAINT {TableCopy.Quote(name)}", ct);
        return order;
    }

    /// <summary>Builds the indexes and checks the foreign keys again; a row whose parent is missing fails here.</summary>
    public async Task<string> RestoreAsync(NpgsqlConnection target, CancellationToken ct)
    {
        foreach (var index in indexes) await ExecuteAsync(target, index, ct);
        foreach (var (table, name, definition) in foreignKeys)
            await ExecuteAsync(target, $"ALTER TABLE {table} ADD CONSTRAINT {TableCopy.Quote(name)} {definition}", ct);
        return $"{indexes.Count} indexes and {foreignKeys.Count} foreign keys";
    }

    private static async Task ExecuteAsync(NpgsqlConnection target, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, target) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }
}
