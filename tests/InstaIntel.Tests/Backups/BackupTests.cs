using System.Diagnostics;
using System.IO.Compression;
using InstaIntel.Api.Backups;
using InstaIntel.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using static InstaIntel.Tests.Support.People;

namespace InstaIntel.Tests.Backups;

// Not in the PostgreSQL run (scripts/test): backups copy the SQLite file; PostgresBackupTests covers PostgreSQL.
public sealed class BackupTests
{
    private static async Task<string> CreateBackupAsync(AppFactory app)
    {
        var data = await app.GraphQL().DataAsync("mutation { createBackup { backup { fileName sizeBytes createdAt } errors { ... on Error { message } } } }");
        Assert.Null(data["createBackup"]!["errors"]);
        return Path.Combine(app.DataFolder, "backups", data["createBackup"]!["backup"]!["fileName"]!.GetValue<string>());
    }

    private static string Unpack(string archive)
    {
        var path = Path.Combine(Path.GetTempPath(), "instaintel-tests", Guid.NewGuid().ToString("N") + ".db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var source = new GZipStream(File.OpenRead(archive), CompressionMode.Decompress);
        using var target = File.Create(path);
        source.CopyTo(target);
        return path;
    }

    private static object? Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static Dictionary<string, long> Counts(string database) =>
        RestoreCommand.CountedTables.ToDictionary(t => t, t => (long)Scalar(database, $"SELECT count(*) FROM {t}")!);

    [Fact]
    public async Task CreateBackup_writes_a_compressed_consistent_copy_that_backups_lists()
    {
        using var app = new AppFactory();
        var account = await app.AddAccountAsync("backed_up");
        await app.CrawlAsync(account.Id, Range(1, 300), Range(200, 400));

        var archive = await CreateBackupAsync(app);
        var listed = (await app.GraphQL().DataAsync("{ backups { fileName sizeBytes createdAt } }"))["backups"]!.AsArray();
        Assert.Single(listed);
        Assert.Equal(Path.GetFileName(archive), listed[0]!["fileName"]!.GetValue<string>());
        Assert.Equal(new FileInfo(archive).Length, listed[0]!["sizeBytes"]!.GetValue<long>());
        Assert.True(DateTime.UtcNow - listed[0]!["createdAt"]!.GetValue<DateTime>().ToUniversalTime() < TimeSpan.FromMinutes(1));

        var copy = Unpack(archive);
        Assert.True(new FileInfo(copy).Length > new FileInfo(archive).Length, "the archive is compressed");
        Assert.Equal("ok", Scalar(copy, "PRAGMA integrity_check"));
        Assert.Equal(300L, Scalar(copy, "SELECT count(*) FROM followers"));
        Assert.Equal(201L, Scalar(copy, "SELECT count(*) FROM following"));
    }

    [Fact]
    public async Task A_backup_taken_while_crawls_write_is_a_consistent_snapshot()
    {
        using var app = new AppFactory();
        var account = await app.AddAccountAsync("busy");
        using var stop = new CancellationTokenSource();
        var writes = Task.Run(async () =>
        {
            for (var round = 0; !stop.IsCancellationRequested; round++)
                await app.CrawlAsync(account.Id, Range(1 + round % 7 * 50, 1500 + round % 5 * 200));
        });

        var archives = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            await Task.Delay(150);
            archives.Add(await CreateBackupAsync(app));
        }
        stop.Cancel();
        await writes;

        foreach (var archive in archives)
        {
            var copy = Unpack(archive);
            Assert.Equal("ok", Scalar(copy, "PRAGMA integrity_check"));
            // A crawl's delta and its totals commit together: a torn copy would disagree.
            var present = (long)Scalar(copy, "SELECT count(*) FROM followers WHERE lost_in_crawl_id IS NULL")!;
            var total = Scalar(copy, "SELECT followers_total FROM crawls WHERE status = 'Succeeded' ORDER BY id DESC LIMIT 1");
            Assert.Equal(total is null or DBNull ? 0L : (long)total, present);
        }
    }

    [Fact]
    public async Task Restore_brings_back_the_backed_up_rows_and_checks_integrity()
    {
        string archive, folder;
        Dictionary<string, long> atBackup;
        using (var app = new AppFactory { KeepDataFolder = true })
        {
            folder = app.DataFolder;
            var account = await app.AddAccountAsync("restored");
            await app.CrawlAsync(account.Id, Range(1, 120), Range(100, 150));
            archive = await CreateBackupAsync(app);
            atBackup = Counts(Unpack(archive));
            await app.CrawlAsync(account.Id, Range(50, 400), Range(100, 150));
            await app.AddAccountAsync("added_later");
        }

        try
        {
            var output = new StringWriter();
            Assert.Equal(0, await RestoreCommand.RunAsync(archive, folder, output));
            Assert.Contains("integrity_check ok", output.ToString());
            var database = Path.Combine(folder, "instaintel.db");
            Assert.Equal(atBackup, Counts(database));
            Assert.Equal("ok", Scalar(database, "PRAGMA integrity_check"));
            Assert.Single(Directory.GetFiles(folder, "instaintel.db.before-restore-*"));

            // The app starts on the restored database.
            using var restarted = AppFactory.With([], folder);
            restarted.KeepDataFolder = true;
            var accounts = await restarted.GraphQL().DataAsync("{ accounts { nodes { username } } }");
            Assert.Equal(["restored"], Support.GraphQLClient.Strings(accounts["accounts"]!["nodes"], "username"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Restore_refuses_while_the_app_runs_and_leaves_the_database_alone()
    {
        using var app = new AppFactory();
        var account = await app.AddAccountAsync("running");
        await app.CrawlAsync(account.Id, Range(1, 10));
        var archive = await CreateBackupAsync(app);
        await app.CrawlAsync(account.Id, Range(1, 20));

        var output = new StringWriter();
        Assert.Equal(3, await RestoreCommand.RunAsync(archive, app.DataFolder, output));
        Assert.Contains("stop it", output.ToString());
        Assert.Empty(Directory.GetFiles(app.DataFolder, "instaintel.db.before-restore-*"));
        Assert.False(File.Exists(Path.Combine(app.DataFolder, "instaintel.db.restoring")));
        var data = await app.GraphQL().DataAsync("""{ account(username: "running") { followers { totalCount } } }""");
        Assert.Equal(20, data["account"]!["followers"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Restore_refuses_an_archive_that_fails_the_integrity_check()
    {
        var folder = Path.Combine(Path.GetTempPath(), "instaintel-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var archive = Path.Combine(folder, "broken.db.gz");
        await using (var gzip = new GZipStream(File.Create(archive), CompressionLevel.Fastest))
            await gzip.WriteAsync("this is not a database, just bytes that fill a page or two...."u8.ToArray());
        try
        {
            var output = new StringWriter();
            Assert.Equal(4, await RestoreCommand.RunAsync(archive, folder, output));
            Assert.Contains("integrity check", output.ToString());
            Assert.False(File.Exists(Path.Combine(folder, "instaintel.db")));
            Assert.False(File.Exists(Path.Combine(folder, "instaintel.db.restoring")));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_backup_job_runs_at_three_in_the_configured_zone_and_sweeps_by_retention()
    {
        var threeAm = new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero); // 03:00 in Paris
        var clock = new ShiftedClock(threeAm.AddMinutes(-10));
        using var app = AppFactory.With(new()
        {
            ["Jobs:TimeZone"] = "Europe/Paris",
            ["Backups:Interval"] = "1.00:00:00",
            ["Backups:RetentionDays"] = "7",
            ["Quartz:Scheduler:IdleWaitTime"] = "00:00:01",
        }, clock: clock);
        var backups = Path.Combine(app.DataFolder, "backups");
        var planted = PlantArchives(backups, clock.GetUtcNow().UtcDateTime);
        Assert.Empty(Directory.GetFiles(backups).Select(Path.GetFileName).Except(planted));
        clock.Set(threeAm.AddSeconds(-2)); // once started, however long that took

        var deadline = DateTime.UtcNow.AddSeconds(30);
        string[] created;
        do
        {
            await Task.Delay(200);
            created = Directory.GetFiles(backups, "*.db.gz").Select(Path.GetFileName).Except(planted).OfType<string>().ToArray();
        } while ((created.Length == 0 || File.Exists(Path.Combine(backups, planted[0]))) && DateTime.UtcNow < deadline); // written, then swept

        var archive = Assert.Single(created);
        Assert.InRange(Backup.FromFile(new FileInfo(Path.Combine(backups, archive)))!.CreatedAt, threeAm.UtcDateTime, threeAm.UtcDateTime.AddSeconds(20));
        Assert.Equal(new[] { archive, planted[2], planted[3], planted[4] }.Order(), Directory.GetFiles(backups).Select(Path.GetFileName).Order());

        var job = (await app.GraphQL().DataAsync("{ jobs { name schedule timeZone nextRunAt } }"))["jobs"]!.AsArray()
            .Single(j => j!["name"]!.GetValue<string>() == BackupJob.Name)!;
        Assert.Equal(("0 0 3 * * ?", "Europe/Paris"), (job["schedule"]!.GetValue<string>(), job["timeZone"]!.GetValue<string>()));
        Assert.Equal(threeAm.AddDays(1), DateTimeOffset.Parse(job["nextRunAt"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Quartz_and_crawls_write_the_same_database_at_once_without_busy_errors()
    {
        using var app = AppFactory.With(new() { ["Backups:Interval"] = "00:00:01", ["Quartz:Scheduler:IdleWaitTime"] = "00:00:01" });
        var account = await app.AddAccountAsync("contended");
        var backups = Path.Combine(app.DataFolder, "backups");
        var started = DateTime.UtcNow;
        var crawls = 0;
        while (DateTime.UtcNow - started < TimeSpan.FromSeconds(6))
        {
            await app.CrawlAsync(account.Id, Range(1 + crawls % 5 * 100, 1200)); // throws on SQLITE_BUSY
            crawls++;
        }
        // Every second Quartz writes its trigger and fired-trigger rows around a backup while the crawls commit pages.
        var archives = Directory.Exists(backups) ? Directory.GetFiles(backups, "*.db.gz").Length : 0;
        Assert.True(archives >= 3, $"{archives} backups in 6 s beside {crawls} crawls");
        var scheduler = await app.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();
        Assert.NotEqual(Quartz.TriggerState.Error, await scheduler.GetTriggerState(new Quartz.TriggerKey(BackupJob.Name))); // a store failure would park it in Error
    }

    [Theory]
    [InlineData("1.00:00:00", "0 0 3 * * ?")]
    [InlineData("06:00:00", "0 0 3/6 * * ?")]
    [InlineData("00:30:00", "0 0/30 * * * ?")]
    [InlineData("00:00:15", "0/15 * * * * ?")]
    [InlineData("00:00:00", null)]
    [InlineData("07:00:00", null)]
    [InlineData("2.00:00:00", null)]
    public void The_backup_interval_becomes_a_cron_counted_from_its_time_of_day(string interval, string? cron)
    {
        var options = new BackupOptions { Interval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture) };
        Assert.Equal(cron, options.Cron);
        Assert.Equal(cron is not null || options.Interval == TimeSpan.Zero, options.IntervalFitsCron);
    }

    private static string[] PlantArchives(string backups, DateTime? at = null)
    {
        Directory.CreateDirectory(backups);
        var now = at ?? DateTime.UtcNow;
        string[] names = [Backup.NameFor(now.AddDays(-30)), Backup.NameFor(now.AddDays(-8)), Backup.NameFor(now.AddDays(-6)), "notes.txt", "instaintel-old.db.gz"];
        foreach (var name in names) File.WriteAllText(Path.Combine(backups, name), "x");
        return names;
    }

    [Fact]
    public async Task Retention_deletes_only_archives_older_than_the_setting()
    {
        using var app = AppFactory.With(new() { ["Backups:RetentionDays"] = "7" });
        var backups = Path.Combine(app.DataFolder, "backups");
        var planted = PlantArchives(backups);

        var created = Path.GetFileName(await CreateBackupAsync(app));
        Assert.Equal(new[] { created, planted[2], planted[3], planted[4] }.Order(), Directory.GetFiles(backups).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Backup_cleaner_script_prunes_a_folder_on_its_own()
    {
        if (!OperatingSystem.IsLinux()) return;
        var folder = Path.Combine(Path.GetTempPath(), "instaintel-tests", Guid.NewGuid().ToString("N"));
        var planted = PlantArchives(folder);
        try
        {
            var script = Path.Combine(RepoRoot.Find(), "scripts", "backup-cleaner");
            using var run = Process.Start(new ProcessStartInfo("bash", [script, folder, "7"]) { RedirectStandardOutput = true })!;
            var output = await run.StandardOutput.ReadToEndAsync();
            await run.WaitForExitAsync();
            Assert.Equal(0, run.ExitCode);
            Assert.Equal(2, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.Equal(planted[2..].Order(), Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
