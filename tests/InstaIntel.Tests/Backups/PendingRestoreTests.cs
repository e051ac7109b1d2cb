using System.IO.Compression;
using InstaIntel.Tests.Support;
using Microsoft.Data.Sqlite;
using static InstaIntel.Tests.Support.People;

namespace InstaIntel.Tests.Backups;

/// <summary>Download and restore from the dashboard: the archive is checked and staged, and the next start applies it.</summary>
// Not in the PostgreSQL run (scripts/test): restores replace the SQLite file.
public sealed class PendingRestoreTests
{
    private const string Schedule = "mutation($f: String!) { scheduleRestore(input: { fileName: $f }) { pendingRestore errors { __typename ... on Error { message } } } }";

    [Fact]
    public async Task A_scheduled_restore_is_applied_by_the_next_start_and_the_running_database_is_left_alone()
    {
        string folder, fileName;
        using (var app = new AppFactory { KeepDataFolder = true })
        {
            folder = app.DataFolder;
            var account = await app.AddAccountAsync("restored");
            await app.CrawlAsync(account.Id, Range(1, 30));
            var backup = await app.GraphQL().DataAsync("mutation { createBackup { backup { fileName } } }");
            fileName = backup["createBackup"]!["backup"]!["fileName"]!.GetValue<string>();
            await app.AddAccountAsync("added_later");

            var download = await app.CreateClient().GetAsync($"/backups/{fileName}");
            Assert.Equal(System.Net.HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("application/gzip", download.Content.Headers.ContentType!.MediaType);
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(folder, "backups", fileName)), await download.Content.ReadAsByteArrayAsync());
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/backups/instaintel.db")).StatusCode);

            var staged = await app.GraphQL().DataAsync(Schedule, new { f = fileName });
            Assert.Null(staged["scheduleRestore"]!["errors"]);
            Assert.Equal(fileName, staged["scheduleRestore"]!["pendingRestore"]!.GetValue<string>());
            var still = await app.GraphQL().DataAsync("{ pendingRestore accounts { totalCount } }");
            Assert.Equal(fileName, still["pendingRestore"]!.GetValue<string>());
            Assert.Equal(2, still["accounts"]!["totalCount"]!.GetValue<int>());
        }
        try
        {
            using var restarted = AppFactory.With([], folder);
            restarted.KeepDataFolder = true;
            var data = await restarted.GraphQL().DataAsync("{ pendingRestore accounts { nodes { username } } }");
            Assert.Equal(["restored"], GraphQLClient.Strings(data["accounts"]!["nodes"], "username"));
            Assert.Null(data["pendingRestore"]);
            Assert.Single(Directory.GetFiles(folder, "instaintel.db.before-restore-*"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_backup_that_fails_the_checks_or_is_not_listed_is_refused_and_nothing_is_staged()
    {
        using var app = new AppFactory();
        var broken = "instaintel-20200101-000000-000.db.gz";
        Directory.CreateDirectory(Path.Combine(app.DataFolder, "backups"));
        await using (var gzip = new GZipStream(File.Create(Path.Combine(app.DataFolder, "backups", broken)), CompressionLevel.Fastest))
            await gzip.WriteAsync("not a database, only some bytes that fill a page or two of nothing at all"u8.ToArray());

        var refused = await app.GraphQL().DataAsync(Schedule, new { f = broken });
        var error = refused["scheduleRestore"]!["errors"]![0]!;
        Assert.Equal("RestoreRefusedError", error["__typename"]!.GetValue<string>());
        Assert.Contains("integrity check", error["message"]!.GetValue<string>());
        Assert.Null(refused["scheduleRestore"]!["pendingRestore"]);

        var unknown = await app.GraphQL().DataAsync(Schedule, new { f = "../instaintel.db" });
        Assert.Contains("not one of the backups", unknown["scheduleRestore"]!["errors"]![0]!["message"]!.GetValue<string>());
        Assert.False(File.Exists(Path.Combine(app.DataFolder, "restore-pending.db.gz")));
    }
}
