using System.IO.Compression;
using InstaIntel.Api.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Backups;

/// <summary>
/// Backups are `VACUUM INTO` copies: one read transaction, so a consistent snapshot of the live WAL database while
/// crawls keep writing; then gzipped into the data folder's `backups/`.
/// </summary>
public sealed class BackupService(BackupFolder folder, IOptionsMonitor<BackupOptions> options, TimeProvider clock, ILogger<BackupService> log)
{
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    public async Task<Backup> CreateAsync(CancellationToken ct)
    {
        await oneAtATime.WaitAsync(ct);
        try
        {
            Directory.CreateDirectory(folder.Backups);
            var name = Backup.NameFor(clock.GetUtcNow().UtcDateTime);
            var snapshot = Path.Combine(folder.Backups, name + ".snapshot");
            var archive = Path.Combine(folder.Backups, name);
            try
            {
                await using (var connection = new SqliteConnection($"Data Source={folder.Database};Pooling=False"))
                {
                    await connection.OpenAsync(ct);
                    await using var vacuum = connection.CreateCommand();
                    vacuum.CommandText = "PRAGMA busy_timeout=10000; VACUUM INTO $target;";
                    vacuum.Parameters.AddWithValue("$target", snapshot);
                    await vacuum.ExecuteNonQueryAsync(ct);
                }
                await using (var source = File.OpenRead(snapshot))
                await using (var target = File.Create(archive + ".partial"))
                await using (var gzip = new GZipStream(target, CompressionLevel.Optimal))
                    await source.CopyToAsync(gzip, ct);
                File.Move(archive + ".partial", archive);
            }
            finally
            {
                File.Delete(snapshot);
                File.Delete(archive + ".partial");
            }
            var backup = Backup.FromFile(new FileInfo(archive))!;
            log.LogInformation("Backup {FileName} written ({Bytes} bytes)", backup.FileName, backup.SizeBytes);
            Sweep();
            return backup;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<Backup> List() =>
        Directory.Exists(folder.Backups)
            ? new DirectoryInfo(folder.Backups).EnumerateFiles().Select(Backup.FromFile).OfType<Backup>().OrderByDescending(b => b.CreatedAt).ToList()
            : [];

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
