using System.IO.Compression;
using System.Security.Cryptography;
using InstaIntel.Api.Alerts;
using InstaIntel.Api.Persistence;
using InstaIntel.Api.Security;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Backups;

/// <summary>
/// On PostgreSQL a backup is pg_dump's custom format, read back before it counts (<see cref="PgDump"/>).
/// On SQLite it copies the live WAL database with SQLite's online backup inside one read transaction, so it is a
/// consistent snapshot while crawls keep writing, and the row counts read in that transaction are what the copy must
/// hold. The copy is checked (<see cref="DatabaseCheck"/>, the same counts), gzipped into the data folder's
/// `backups/`, and the archive read back; anything short of that deletes what was written and fails.
/// </summary>
public sealed class BackupService(BackupFolder folder, IOptionsMonitor<BackupOptions> options, TimeProvider clock, ILogger<BackupService> log, AlertOutbox alerts,
    IOptions<DatabaseOptions> database)
{
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    public async Task<Backup> CreateAsync(CancellationToken ct)
    {
        var postgres = database.Value.Effective == DatabaseProvider.PostgreSql;
        await oneAtATime.WaitAsync(ct);
        try
        {
            var name = Backup.NameFor(clock.GetUtcNow().UtcDateTime, postgres ? Backup.PgDumpSuffix : Backup.SqliteSuffix);
            var archive = Path.Combine(folder.Backups, name);
            try
            {
                Directory.CreateDirectory(folder.Backups);
                if (postgres) await PgDump.WriteAsync(database.Value.ConnectionString!, options.CurrentValue.PostgresBin, archive, ct);
                else await ArchiveSqliteAsync(archive, ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException or InvalidDataException or PostgresToolException
                                          or System.ComponentModel.Win32Exception)
            {
                log.LogError(e, "Backup {FileName} failed and was not kept", name);
                await alerts.RecordAsync(AlertKind.BackupFailed, $"The backup {name} failed and was not kept: {e.Message}", CancellationToken.None);
                throw new BackupFailedException($"The backup failed and was not kept: {e.Message}", e);
            }
            var backup = Backup.FromFile(new FileInfo(archive))!;
            log.LogInformation("Backup {FileName} written and verified ({Bytes} bytes)", backup.FileName, backup.SizeBytes);
            Sweep();
            return backup;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    /// <summary>SQLite: copies the database, checks the copy, gzips it and reads the archive back.</summary>
    private async Task ArchiveSqliteAsync(string archive, CancellationToken ct)
    {
        var snapshot = archive + ".snapshot";
        try
        {
            var counts = await CopyAsync(snapshot, ct);
            await VerifyCopyAsync(snapshot, counts, ct);
            await CompressAsync(snapshot, archive + ".partial", ct);
            File.Move(archive + ".partial", archive);
        }
        finally
        {
            foreach (var leftover in new[] { snapshot, snapshot + "-journal", snapshot + "-wal", snapshot + "-shm", archive + ".partial" })
                File.Delete(leftover);
        }
    }

    /// <summary>Copies the database to <paramref name="snapshot"/>; returns its row counts as of the copy.</summary>
    private async Task<SortedDictionary<string, long>> CopyAsync(string snapshot, CancellationToken ct)
    {
        await using var source = new SqliteConnection($"Data Source={folder.Database};Pooling=False");
        await source.OpenAsync(ct);
        await using (var begin = source.CreateCommand())
        {
            begin.CommandText = "BEGIN"; // deferred: the first count starts the read snapshot the copy shares, and writers go on
            await begin.ExecuteNonQueryAsync(ct);
        }
        var counts = await DatabaseCheck.CountRowsAsync(source, ct);
        OwnerOnlyFile.Prepare(snapshot);
        await using var target = new SqliteConnection($"Data Source={snapshot};Pooling=False");
        await target.OpenAsync(ct);
        source.BackupDatabase(target);
        return counts;
    }

    private static async Task VerifyCopyAsync(string snapshot, SortedDictionary<string, long> expected, CancellationToken ct)
    {
        if (await DatabaseCheck.ProblemAsync(snapshot, ct) is { } problem)
            throw new InvalidDataException($"the copy is unusable: {problem}");
        await using var copy = DatabaseCheck.Open(snapshot);
        await copy.OpenAsync(ct);
        var actual = await DatabaseCheck.CountRowsAsync(copy, ct);
        if (!actual.SequenceEqual(expected))
            throw new InvalidDataException($"the copy's row counts differ from the database's ({string.Join(", ", actual.Except(expected).Select(c => $"{c.Key} {c.Value}"))})");
    }

    /// <summary>Gzips the copy, then unpacks the archive again to prove it holds exactly the verified copy.</summary>
    private static async Task CompressAsync(string snapshot, string archive, CancellationToken ct)
    {
        await using (var source = File.OpenRead(snapshot))
        await using (var target = OwnerOnlyFile.Create(archive))
        await using (var gzip = new GZipStream(target, CompressionLevel.Optimal))
            await source.CopyToAsync(gzip, ct);

        await using var copy = File.OpenRead(snapshot);
        await using var unpacked = new GZipStream(File.OpenRead(archive), CompressionMode.Decompress);
        var (written, readBack) = (await SHA256.HashDataAsync(copy, ct), await SHA256.HashDataAsync(unpacked, ct));
        if (!written.SequenceEqual(readBack))
            throw new InvalidDataException("the archive does not unpack to the copy it was written from");
    }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<Backup> List() =>
        Directory.Exists(folder.Backups)
            ? new DirectoryInfo(folder.Backups).EnumerateFiles().Select(Backup.FromFile).OfType<Backup>().OrderByDescending(b => b.CreatedAt).ToList()
            : [];

    /// <summary>The full path of a listed archive, or null: only names of the backups folder, never a path.</summary>
    public string? Find(string fileName) =>
        List().Any(b => b.FileName == fileName) ? Path.Combine(folder.Backups, fileName) : null;

    /// <summary>Deletes archives older than the retention; files that are not archives by name are never touched.</summary>
    public void Sweep()
    {
        var days = options.CurrentValue.RetentionDays;
        if (days <= 0) return;
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-days);
        foreach (var old in List().Where(b => b.CreatedAt < cutoff))
        {
            File.Delete(Path.Combine(folder.Backups, old.FileName));
            log.LogInformation("Backup {FileName} deleted: older than {Days} days", old.FileName, days);
        }
    }
}

public sealed record BackupFolder(string Database, string Backups)
{
    public static BackupFolder In(string dataFolder) => new(DatabaseSetup.DatabasePath(dataFolder), Path.Combine(dataFolder, "backups"));
}

/// <summary>A backup that was not written whole and verified; nothing of it was kept.</summary>
public sealed class BackupFailedException(string message, Exception inner) : Exception(message, inner);
