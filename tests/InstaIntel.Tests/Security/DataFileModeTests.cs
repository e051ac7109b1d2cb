using InstaIntel.Api.Backups;
using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Security;

/// <summary>On Unix the database, its WAL files and its backups are readable by their owner only, like the key and the vault.</summary>
public sealed class DataFileModeTests
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public async Task The_sqlite_database_its_wal_and_shm_and_a_backup_are_mode_0600()
    {
        if (OperatingSystem.IsWindows()) return; // the data folder's ACL governs there
        var settings = new Dictionary<string, string> { ["Database:Provider"] = "Sqlite" };
        using var app = AppFactory.With(settings);
        await app.AddAccountAsync("natgeo"); // a write: the WAL has content

        var backup = await app.Services.GetRequiredService<BackupService>().CreateAsync(CancellationToken.None);

        var database = DatabaseSetup.DatabasePath(app.DataFolder);
        foreach (var file in new[] { database, database + "-wal", database + "-shm", Path.Combine(app.DataFolder, "backups", backup.FileName) })
            Assert.Equal((file, OwnerOnly), (file, File.GetUnixFileMode(file)));
    }

    [Fact]
    public async Task A_database_left_readable_by_others_is_restricted_at_the_next_start()
    {
        if (OperatingSystem.IsWindows()) return;
        var settings = new Dictionary<string, string> { ["Database:Provider"] = "Sqlite" };
        var folder = Path.Combine(Path.GetTempPath(), "instaintel-tests", Guid.NewGuid().ToString("N"));
        using (var first = AppFactory.With(settings, folder))
        {
            first.KeepDataFolder = true;
            await first.AddAccountAsync("natgeo");
        }
        var database = DatabaseSetup.DatabasePath(folder);
        File.SetUnixFileMode(database, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        using var second = AppFactory.With(settings, folder);

        Assert.Equal(OwnerOnly, File.GetUnixFileMode(database));
    }
}
