using System.IO.Compression;
using InstaIntel.Api.Backups;
using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Time.Testing;
using static InstaIntel.Tests.Support.People;

namespace InstaIntel.Tests.Backups;

/// <summary>Backups and restores meeting real faults: a full disk, empty and foreign archives.</summary>
// Not in the PostgreSQL run (scripts/test): backups copy the SQLite file; PostgresBackupTests covers PostgreSQL.
public sealed class BackupFaultTests
{
    [Fact]
    public async Task A_backup_that_meets_a_full_disk_is_deleted_and_reported_failed()
    {
        if (!File.Exists("/dev/full")) return; // Linux's device that fails every write with "no space left", as a full disk does
        var now = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
        using var app = AppFactory.With([], clock: new FakeTimeProvider(now));
        var account = await app.AddAccountAsync("full_disk");
        await app.CrawlAsync(account.Id, Range(1, 300));
        var backups = Path.Combine(app.DataFolder, "backups");
        Directory.CreateDirectory(backups);
        // The copy is written where the backup names it, which the frozen clock makes known.
        File.CreateSymbolicLink(Path.Combine(backups, Backup.NameFor(now.UtcDateTime) + ".snapshot"), "/dev/full");

        var http = app.CreateClient();
        http.Timeout = TimeSpan.FromSeconds(60); // a backup that misses the failure reads /dev/full's endless zeros
        var result = (await new GraphQLClient(http).DataAsync("mutation { createBackup { backup { fileName } errors { ... on Error { message } } } }"))["createBackup"]!;

        Assert.Null(result["backup"]);
        var message = result["errors"]![0]!["message"]!.GetValue<string>();
        Assert.Contains("The backup failed and was not kept", message);
        Assert.Contains("disk is full", message);
        Assert.Empty(Directory.GetFileSystemEntries(backups));
        Assert.Empty((await app.GraphQL().DataAsync("{ backups { fileName } }"))["backups"]!.AsArray());
    }

    [Fact]
    public async Task Restore_refuses_an_empty_archive_and_leaves_the_live_database_in_place()
    {
        await using var live = await LiveFolder.CreateAsync();
        var archive = Gzip(live.Path("empty.db"), []);

        var output = new StringWriter();
        Assert.Equal(4, await RestoreCommand.RunAsync(archive, live.Folder, output));
        Assert.Contains("holds no tables at all", output.ToString());
        Assert.Contains("Nothing was changed", output.ToString());
        live.AssertUntouched();
    }

    [Fact]
    public async Task Restore_refuses_a_database_of_another_app()
    {
        await using var live = await LiveFolder.CreateAsync();
        var foreign = live.Path("notes.db");
        Execute(foreign, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('shopping list');");
        var archive = Gzip(live.Path("notes.db.gz"), File.ReadAllBytes(foreign));

        var output = new StringWriter();
        Assert.Equal(4, await RestoreCommand.RunAsync(archive, live.Folder, output));
        Assert.Contains("not an InstaIntel database: it lacks the tables", output.ToString());
        Assert.Contains("accounts, alert_channels, alert_deliveries, alert_global_rules, alert_outbox, alert_rules, api_tokens, count_points, crawls, follow_changes, follower_edges, following_edges", output.ToString());
        live.AssertUntouched();
    }

    [Fact]
    public async Task Restore_refuses_a_database_from_a_newer_version()
    {
        await using var live = await LiveFolder.CreateAsync();
        var newer = live.Path("newer.db");
        File.Copy(live.Database, newer);
        Execute(newer, "INSERT INTO __EFMigrationsHistory VALUES ('29991231000000_FromTheFuture', '99.0.0');");
        var archive = Gzip(live.Path("newer.db.gz"), File.ReadAllBytes(newer));

        var output = new StringWriter();
        Assert.Equal(4, await RestoreCommand.RunAsync(archive, live.Folder, output));
        Assert.Contains("made by a newer InstaIntel (migration 29991231000000_FromTheFuture", output.ToString());
        live.AssertUntouched();
    }

    [Fact]
    public async Task Restore_takes_a_backup_an_older_version_made_and_the_next_start_brings_it_up_to_date()
    {
        await using var live = await LiveFolder.CreateAsync();
        var older = live.Path("older.db");
        File.Copy(live.Database, older);
        // Back to before the edge tables went behind views: the tables are `followers` and `following` again.
        await using (var db = new InstaIntelDb(new DbContextOptionsBuilder<InstaIntelDb>().UseSqlite($"Data Source={older};Pooling=False").Options))
            await db.GetService<IMigrator>().MigrateAsync("20261129031237_CrawlLeases");
        Execute(older, "DELETE FROM followers WHERE profile_pk > 100"); // so the restored rows are told apart from the live ones
        var archive = Gzip(live.Path("older.db.gz"), File.ReadAllBytes(older));

        var output = new StringWriter();
        Assert.Equal(0, await RestoreCommand.RunAsync(archive, live.Folder, output));
        Assert.Contains("accounts 1, profiles", output.ToString());

        using var app = AppFactory.With([], live.Folder);
        app.KeepDataFolder = true;
        var account = (await app.GraphQL().DataAsync("""{ account(username: "live_one") { followers { totalCount } following { totalCount } } }"""))["account"]!;
        Assert.Equal(100, account["followers"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(51, account["following"]!["totalCount"]!.GetValue<int>());
    }

    private static string Gzip(string path, byte[] content)
    {
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
            gzip.Write(content);
        return path;
    }

    private static void Execute(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A data folder an app has crawled into and stopped on, as a restore finds it.</summary>
    private sealed class LiveFolder : IAsyncDisposable
    {
        public required string Folder { get; init; }
        public string Database => System.IO.Path.Combine(Folder, "instaintel.db");
        private byte[] contentBefore = [];

        public static async Task<LiveFolder> CreateAsync()
        {
            using var app = new AppFactory { KeepDataFolder = true };
            var account = await app.AddAccountAsync("live_one");
            await app.CrawlAsync(account.Id, Range(1, 120), Range(100, 150));
            var live = new LiveFolder { Folder = app.DataFolder };
            app.Dispose();
            SqliteConnection.ClearAllPools();
            live.contentBefore = File.ReadAllBytes(live.Database);
            return live;
        }

        public string Path(string name) => System.IO.Path.Combine(Folder, name);

        public void AssertUntouched()
        {
            Assert.Equal(contentBefore, File.ReadAllBytes(Database));
            Assert.Empty(Directory.GetFiles(Folder, "instaintel.db.before-restore-*"));
            Assert.Empty(Directory.GetFiles(Folder, "instaintel.db.restoring*"));
        }

        public ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(Folder, recursive: true);
            return ValueTask.CompletedTask;
        }
    }
}
