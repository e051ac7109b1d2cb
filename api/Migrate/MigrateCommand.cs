using System.Diagnostics;
using InstaIntel.Api.Backups;
using InstaIntel.Api.Hosting;
using InstaIntel.Api.Persistence;
using InstaIntel.Api.Security;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InstaIntel.Api.Migrate;

/// <summary>
/// `InstaIntel.Api migrate --from sqlite DIR --to postgres CONNSTR` (what scripts/migrate runs): moves a single-box
/// installation's database into an empty PostgreSQL database. The target gets the PostgreSQL migration set, then
/// every table of the model is copied in one transaction (binary COPY, parents before children, indexes and foreign
/// keys built after the rows: <see cref="LoadOrder"/>), identity sequences are moved past the copied ids, and every
/// table's rows are counted on both sides. The SQLite file is only read
/// (after being brought up to this version's migrations, as a start of the app would).
/// </summary>
public static class MigrateCommand
{
    public const string Usage = "usage: scripts/migrate --from sqlite DATA_FOLDER --to postgres CONNECTION_STRING";

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken ct = default)
    {
        if (Parse(args) is not ({ } dataFolder, { } connectionString))
        {
            await output.WriteLineAsync(Usage);
            await output.WriteLineAsync("  DATA_FOLDER: the folder holding instaintel.db (scripts/start --data, by default ~/.local/share/InstaIntel)");
            await output.WriteLineAsync("  CONNECTION_STRING: an empty PostgreSQL database, e.g. 'Host=db;Database=instaintel;Username=instaintel;Password=…'");
            return 2;
        }
        var database = DatabaseSetup.DatabasePath(dataFolder);
        if (!File.Exists(database))
        {
            await output.WriteLineAsync($"No SQLite database at {database}: --from sqlite takes the data folder of an InstaIntel installation " +
                "(the one scripts/start --data or the service used; by default ~/.local/share/InstaIntel). Nothing was changed.");
            return 2;
        }
        NpgsqlConnectionStringBuilder target;
        try
        {
            target = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            await output.WriteLineAsync($"The PostgreSQL connection string cannot be read: {e.Message} " +
                "It takes Npgsql's form: Host=…;Port=5432;Database=…;Username=…;Password=…. Nothing was changed.");
            return 2;
        }

        using var held = DataFolderLock.TryAcquireExclusive(dataFolder);
        if (held is null)
        {
            await output.WriteLineAsync($"InstaIntel is running on {dataFolder}: stop every process using it, then migrate. Nothing was changed.");
            return 3;
        }
        if (await DatabaseCheck.ProblemAsync(database, ct) is { } problem)
        {
            await output.WriteLineAsync($"The SQLite database {database} was refused: {problem}. Nothing was changed.");
            return 4;
        }

        try
        {
            return await MoveAsync(database, dataFolder, target, output, ct);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            NpgsqlConnection.ClearAllPools();
        }
    }

    /// <summary>`--from sqlite DIR --to postgres CONNSTR`, the two pairs in either order.</summary>
    private static (string? DataFolder, string? ConnectionString) Parse(string[] args)
    {
        if (args.Length != 6) return (null, null);
        string? dataFolder = null, connectionString = null;
        foreach (var i in new[] { 0, 3 })
            switch (args[i], args[i + 1].ToLowerInvariant())
            {
                case ("--from", "sqlite"): dataFolder = Path.GetFullPath(args[i + 2]); break;
                case ("--to", "postgres" or "postgresql"): connectionString = args[i + 2]; break;
                default: return (null, null);
            }
        return (dataFolder, connectionString);
    }

    private static async Task<int> MoveAsync(string database, string dataFolder, NpgsqlConnectionStringBuilder target, TextWriter output, CancellationToken ct)
    {
        var where = $"PostgreSQL at {target.Host}:{target.Port}, database {target.Database ?? target.Username}";
        await using var postgres = new NpgsqlConnection(target.ConnectionString);
        try
        {
            await postgres.OpenAsync(ct);
        }
        catch (NpgsqlException e)
        {
            await output.WriteLineAsync($"Cannot connect to {where}: {e.Message}. Create the database first (e.g. createdb -O instaintel instaintel) " +
                "and check the host, port, user and password. Nothing was changed.");
            return 5;
        }

        await using var model = new PostgresInstaIntelDb(new DbContextOptionsBuilder<PostgresInstaIntelDb>().UseNpgsql(target.ConnectionString).Options);
        var tables = TableCopy.InDependencyOrder(model.Model);
        var held = new List<string>();
        foreach (var t in tables)
            if (await TableCopy.CountAsync(postgres, t, ct) is > 0 and var rows)
                held.Add($"{t} {rows}");
        if (held.Count > 0)
        {
            await output.WriteLineAsync($"The {where} already holds InstaIntel data ({string.Join(", ", held)}): migrate into a new, empty " +
                "database (CREATE DATABASE …), so nothing is mixed or overwritten. Nothing was changed.");
            return 6;
        }

        await using (var sqlite = new InstaIntelDb(new DbContextOptionsBuilder<InstaIntelDb>().UseSqlite($"Data Source={database};Pooling=False").Options))
        {
            var pending = (await sqlite.Database.GetPendingMigrationsAsync(ct)).Count();
            if (pending > 0)
            {
                await sqlite.Database.MigrateAsync(ct);
                await output.WriteLineAsync($"Brought {database} up to this version first ({pending} migrations), as starting the app would.");
            }
        }
        try
        {
            await model.Database.MigrateAsync(ct);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            await output.WriteLineAsync($"The {where} could not be given InstaIntel's tables: {e.Message}. The user needs the right to create " +
                "tables and the pg_trgm extension, and the database must hold no other tables of the same names.");
            return 5;
        }
        await output.WriteLineAsync($"Applied InstaIntel's PostgreSQL migrations to the {where}.");

        await using var source = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await source.OpenAsync(ct);
        var copied = new Dictionary<string, long>();
        var table = "";
        try
        {
            await using var transaction = await postgres.BeginTransactionAsync(ct);
            var load = await LoadOrder.SetAsideAsync(postgres, tables, ct);
            await using (var snapshot = source.BeginTransaction(deferred: true))
                foreach (var t in tables)
                {
                    table = t;
                    var clock = Stopwatch.StartNew();
                    copied[t] = await TableCopy.CopyAsync(source, postgres, t, ct);
                    await output.WriteLineAsync($"  {t}: {copied[t]:N0} rows ({clock.Elapsed.TotalSeconds:0.0} s)");
                }
            table = "";
            var building = Stopwatch.StartNew();
            var rebuilt = await load.RestoreAsync(postgres, ct);
            await output.WriteLineAsync($"  built {rebuilt} over the copied rows ({building.Elapsed.TotalSeconds:0.0} s)");
            var sequences = await TableCopy.ResetSequencesAsync(postgres, tables, ct);
            await transaction.CommitAsync(ct);
            if (sequences.Count > 0) await output.WriteLineAsync($"Identity sequences continue after the copied ids: {string.Join(", ", sequences)}.");
        }
        catch (Exception e) when (e is MigrationProblem or NpgsqlException or SqliteException)
        {
            await output.WriteLineAsync($"The copy stopped{(table.Length > 0 ? $" at {table}" : "")}: {e.Message}. It ran in one transaction, " +
                "so PostgreSQL keeps no copied rows; fix what is said and migrate again.");
            return 7;
        }
        await using (var analyze = new NpgsqlCommand("ANALYZE", postgres)) await analyze.ExecuteNonQueryAsync(ct);

        var mismatches = await CompareCountsAsync(source, postgres, tables, output, ct);
        await output.WriteLineAsync();
        await NotCopiedAsync(source, tables, output, ct);
        if (mismatches.Count > 0)
        {
            await output.WriteLineAsync($"The counts differ for {string.Join(", ", mismatches)}: the PostgreSQL database is not a whole copy. " +
                "Drop it, create it empty again and migrate again; the SQLite installation is unchanged.");
            return 7;
        }
        await CarryOverAsync(dataFolder, target, output);
        return 0;
    }

    /// <summary>Prints every table's rows in SQLite and PostgreSQL; returns the tables whose counts differ.</summary>
    private static async Task<List<string>> CompareCountsAsync(SqliteConnection source, NpgsqlConnection postgres, List<string> tables,
        TextWriter output, CancellationToken ct)
    {
        var width = Math.Max("table".Length, tables.Max(t => t.Length));
        await output.WriteLineAsync();
        await output.WriteLineAsync($"{"table".PadRight(width)}  {"sqlite",12}  {"postgresql",12}");
        var mismatches = new List<string>();
        foreach (var table in tables)
        {
            var (before, after) = (await TableCopy.CountAsync(source, table, ct), await TableCopy.CountAsync(postgres, table, ct) ?? -1);
            if (before != after) mismatches.Add($"{table} ({before} in SQLite, {after} in PostgreSQL)");
            await output.WriteLineAsync($"{table.PadRight(width)}  {before,12:N0}  {after,12:N0}{(before == after ? "" : "  DIFFERS")}");
        }
        return mismatches;
    }

    /// <summary>Says which SQLite tables stay behind, and why nothing is lost with them.</summary>
    private static async Task NotCopiedAsync(SqliteConnection source, List<string> copied, TextWriter output, CancellationToken ct)
    {
        await using var command = source.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name";
        var left = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                if (!copied.Contains(reader.GetString(0))) left.Add(reader.GetString(0));

        await output.WriteLineAsync("Not copied:");
        if (left.Any(t => t.StartsWith("QRTZ_", StringComparison.OrdinalIgnoreCase)))
            await output.WriteLineAsync("  QRTZ_* (Quartz's schedule): the app schedules its jobs from its settings when it starts, and Quartz " +
                "creates its own tables in PostgreSQL; when each job last ran is kept (job_runs). A run missed while you move is not made up.");
        if (left.Any(t => t.StartsWith("profile_search", StringComparison.Ordinal)))
            await output.WriteLineAsync("  profile_search* (SQLite's full-text index): PostgreSQL searches profiles through its pg_trgm indexes.");
        if (left.Any(IsMigrationHistory))
            await output.WriteLineAsync("  __EFMigrations*: PostgreSQL has its own migration history, written by its migrations above.");
        var other = left.Where(t => !t.StartsWith("QRTZ_", StringComparison.OrdinalIgnoreCase) && !t.StartsWith("profile_search", StringComparison.Ordinal)
            && !IsMigrationHistory(t)).ToList();
        if (other.Count > 0) await output.WriteLineAsync($"  {string.Join(", ", other)}: not part of this version's model.");
    }

    private static bool IsMigrationHistory(string table) => table.StartsWith("__EFMigrations", StringComparison.Ordinal);

    /// <summary>What lives beside the database and must go along: the vault and its key.</summary>
    private static async Task CarryOverAsync(string dataFolder, NpgsqlConnectionStringBuilder target, TextWriter output)
    {
        var safe = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Password = null };
        await output.WriteLineAsync($"""

            Done: every table has the same rows in PostgreSQL. The SQLite file is unchanged (keep it until you are content).

            The data folder {dataFolder} still matters: keep it with the app, or copy these into the new data folder (the Compose volume):
              {Vault.FileName}{(File.Exists(Path.Combine(dataFolder, Vault.FileName)) ? "" : " (none here yet)")}   Instagram sessions, alert channels' secrets, the unlock passphrase (encrypted)
              {MasterKey.FileName}{(File.Exists(Path.Combine(dataFolder, MasterKey.FileName)) ? "" : " (none here: the key is INSTAINTEL_MASTER_KEY or the Windows Credential Manager; carry that)")}  the vault's key; unlock cookies are signed with a key derived from it, so browsers stay unlocked
            API tokens were copied with the database (only their hashes are stored), so tools keep working.
            Earlier backups in backups/ are SQLite archives (.db.gz), which a PostgreSQL installation does not restore; from now on the app writes pg_dump archives (.pgdump) there.

            Start InstaIntel on PostgreSQL with the same data folder:
              --data {dataFolder} --Database:Provider=PostgreSql --Database:ConnectionString='{safe.ConnectionString};Password=…'
            (in Compose: Database__Provider and Database__ConnectionString in instaintel.env).
            """);
    }
}
