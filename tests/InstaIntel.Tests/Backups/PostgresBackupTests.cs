using System.Diagnostics;
using System.IO.Compression;
using InstaIntel.Api.Alerts;
using InstaIntel.Api.Backups;
using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static InstaIntel.Tests.Support.People;

namespace InstaIntel.Tests.Backups;

/// <summary>
/// Backups on PostgreSQL are pg_dump archives (`.pgdump`) in the same backups/ folder, listed, downloadable and
/// restored by the restore command (a process, as scripts/restore runs it) with pg_restore.
/// </summary>
public sealed class PostgresBackupTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private const string CreateBackup = "mutation { createBackup { backup { fileName sizeBytes } errors { __typename ... on Error { message } } } }";

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // as a deployment on a server of its own runs: the database's owner, not a superuser
    public async Task A_backup_is_a_pg_dump_that_is_listed_downloaded_and_restored_to_the_rows_it_held(bool asOwnerOnly)
    {
        var settings = await Databases.SettingsAsync(DatabaseProvider.PostgreSql, postgres);
        if (asOwnerOnly) settings["Database:ConnectionString"] = await OwnedBySomeoneElseAsync(settings["Database:ConnectionString"]);
        var database = settings["Database:ConnectionString"];
        string folder, fileName, archive;
        Dictionary<string, long> atBackup;
        using (var app = AppFactory.With(settings))
        {
            app.KeepDataFolder = true;
            folder = app.DataFolder;
            var account = await app.AddAccountAsync("backed_up");
            await app.CrawlAsync(account.Id, Range(1, 120), Range(100, 150));

            var created = (await app.GraphQL().DataAsync(CreateBackup))["createBackup"]!;
            fileName = created["backup"]!["fileName"]!.GetValue<string>();
            Assert.Matches(@"^instaintel-\d{8}-\d{6}-\d{3}\.pgdump$", fileName);
            archive = Path.Combine(folder, "backups", fileName);
            Assert.Equal(new FileInfo(archive).Length, created["backup"]!["sizeBytes"]!.GetValue<long>());
            atBackup = await CountsAsync(database);
            Assert.Equal(120, atBackup["follower_edges"]);

            var listed = (await app.GraphQL().DataAsync("{ backups { fileName } }"))["backups"]!.AsArray();
            Assert.Equal([fileName], listed.Select(b => b!["fileName"]!.GetValue<string>()));
            var download = await app.CreateClient().GetAsync($"/backups/{fileName}");
            download.EnsureSuccessStatusCode();
            var bytes = await download.Content.ReadAsByteArrayAsync();
            Assert.Equal(await File.ReadAllBytesAsync(archive), bytes);
            Assert.Equal("PGDMP"u8.ToArray(), bytes[..5]);

            await app.CrawlAsync(account.Id, Range(50, 400), Range(100, 150));
            await app.AddAccountAsync("added_later");
            Assert.NotEqual(atBackup, await CountsAsync(database));
        }

        try
        {
            var (code, output) = await RestoreAsync(archive, folder, settings);
            Assert.True(code == 0, output);
            Assert.Contains("Restored", output);
            Assert.Contains("follower_edges 120", output);
            Assert.Equal(atBackup, await CountsAsync(database));

            // The app starts on the restored database.
            using var restarted = AppFactory.With(settings, folder);
            restarted.KeepDataFolder = true;
            var accounts = await restarted.GraphQL().DataAsync("{ accounts { nodes { username } } }");
            Assert.Equal(["backed_up"], GraphQLClient.Strings(accounts["accounts"]!["nodes"], "username"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_scheduled_backup_dumps_postgres_and_retention_sweeps_old_dumps_by_name()
    {
        using var app = await Databases.AppAsync(DatabaseProvider.PostgreSql, postgres, new()
        {
            ["Backups:Interval"] = "00:00:01",
            ["Backups:RetentionDays"] = "7",
            ["Quartz:Scheduler:IdleWaitTime"] = "00:00:01",
        });
        var backups = Path.Combine(app.DataFolder, "backups");
        Directory.CreateDirectory(backups);
        var old = Backup.NameFor(DateTime.UtcNow.AddDays(-30), Backup.PgDumpSuffix);
        var notOurs = "instaintel-notes.pgdump";
        foreach (var planted in new[] { old, notOurs }) await File.WriteAllTextAsync(Path.Combine(backups, planted), "planted");

        var deadline = DateTime.UtcNow.AddSeconds(60);
        string[] dumps;
        do
        {
            await Task.Delay(200);
            dumps = Directory.GetFiles(backups, "*.pgdump").Select(Path.GetFileName).OfType<string>().Except([old, notOurs]).ToArray();
        } while ((dumps.Length == 0 || File.Exists(Path.Combine(backups, old))) && DateTime.UtcNow < deadline);

        Assert.NotEmpty(dumps);
        Assert.All(dumps, d => Assert.True(PgDump.IsPgDump(Path.Combine(backups, d)), d));
        Assert.False(File.Exists(Path.Combine(backups, old)), "the dump past the retention is swept");
        Assert.True(File.Exists(Path.Combine(backups, notOurs)), "a file not named like a backup is never touched");
    }

    [Fact]
    public async Task Backup_cleaner_script_prunes_old_dumps_too()
    {
        if (!OperatingSystem.IsLinux()) return;
        var folder = Directory.CreateTempSubdirectory("instaintel-cleaner-");
        string[] names = [Backup.NameFor(DateTime.UtcNow.AddDays(-30), Backup.PgDumpSuffix), Backup.NameFor(DateTime.UtcNow.AddDays(-6), Backup.PgDumpSuffix), "instaintel-notes.pgdump"];
        foreach (var name in names) await File.WriteAllTextAsync(Path.Combine(folder.FullName, name), "planted");
        try
        {
            using var run = Process.Start(new ProcessStartInfo("bash", [Path.Combine(RepoRoot.Find(), "scripts", "backup-cleaner"), folder.FullName, "7"]) { RedirectStandardOutput = true })!;
            var output = await run.StandardOutput.ReadToEndAsync();
            await run.WaitForExitAsync();

            Assert.Equal(0, run.ExitCode);
            Assert.Equal($"deleted {Path.Combine(folder.FullName, names[0])}", output.Trim());
            Assert.Equal(names[1..].Order(), Directory.GetFiles(folder.FullName).Select(Path.GetFileName).Order());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_backup_without_pg_dump_fails_naming_the_missing_program_writes_nothing_and_alerts()
    {
        var empty = Directory.CreateTempSubdirectory("instaintel-no-pg-tools-");
        try
        {
            using var app = await Databases.AppAsync(DatabaseProvider.PostgreSql, postgres, new() { ["Backups:PostgresBin"] = empty.FullName });
            var result = (await app.GraphQL().DataAsync(CreateBackup))["createBackup"]!;

            Assert.Null(result["backup"]);
            Assert.Equal("BackupFailedError", result["errors"]![0]!["__typename"]!.GetValue<string>());
            Assert.Contains($"pg_dump was not found in {empty.FullName} (Backups:PostgresBin)", result["errors"]![0]!["message"]!.GetValue<string>());
            Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(app.DataFolder, "backups")));
            var alert = await app.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().AlertOutbox.SingleAsync(e => e.Kind == AlertKind.BackupFailed));
            Assert.Contains("pg_dump was not found", alert.Detail);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_failing_pg_dump_is_reported_with_what_it_printed_and_the_password_is_only_in_its_environment()
    {
        if (OperatingSystem.IsWindows()) return; // the stand-in pg_dump is a shell script
        var tools = Directory.CreateTempSubdirectory("instaintel-failing-pg-dump-");
        try
        {
            var pgDump = Path.Combine(tools.FullName, "pg_dump");
            await File.WriteAllTextAsync(pgDump, "#!/bin/sh\necho \"pg_dump: error: no space left on device; args: $*; password: $PGPASSWORD; host: $PGHOST\" >&2\nexit 1\n");
            File.SetUnixFileMode(pgDump, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            // Trust authentication on the test server: the password is never asked for, so any one connects.
            var settings = await Databases.SettingsAsync(DatabaseProvider.PostgreSql, postgres, new() { ["Backups:PostgresBin"] = tools.FullName });
            settings["Database:ConnectionString"] += ";Password=not-for-the-logs-7431";
            using var app = AppFactory.With(settings);

            var message = (await app.GraphQL().DataAsync(CreateBackup))["createBackup"]!["errors"]![0]!["message"]!.GetValue<string>();

            Assert.Contains("The backup failed and was not kept: pg_dump failed (exit code 1): pg_dump: error: no space left on device", message);
            Assert.Contains("password: ***;", message); // given in PGPASSWORD, blanked in what is shown
            Assert.Contains("host: 127.0.0.1", message);
            Assert.DoesNotContain("not-for-the-logs-7431", message);
            Assert.Contains("args: --format=custom --no-password --file ", message); // no password among the arguments
            Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(app.DataFolder, "backups")));
        }
        finally
        {
            tools.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Restore_on_postgres_refuses_a_sqlite_archive_and_changes_nothing()
    {
        using var app = await Databases.AppAsync(DatabaseProvider.PostgreSql, postgres);
        await app.AddAccountAsync("kept");
        var settings = SettingsOf(app);
        app.KeepDataFolder = true;
        var folder = app.DataFolder;
        app.Dispose();
        try
        {
            var archive = Path.Combine(folder, "instaintel-20260101-000000-000.db.gz");
            await using (var gzip = new GZipStream(File.Create(archive), CompressionLevel.Fastest))
                await gzip.WriteAsync("SQLite format 3\0"u8.ToArray());

            var (code, output) = await RestoreAsync(archive, folder, settings);

            Assert.Equal(4, code);
            Assert.Contains("it is not a PostgreSQL dump (.pgdump), and this installation keeps its data in PostgreSQL", output);
            Assert.Contains("scripts/migrate", output);
            Assert.Equal(1, (await CountsAsync(settings["Database:ConnectionString"]))["accounts"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Restore_on_sqlite_refuses_a_pg_dump_and_leaves_the_database_alone()
    {
        var (dump, dumpFolder) = await BackupOnPostgresAsync();
        using var app = AppFactory.With(new() { ["Database:Provider"] = "Sqlite" });
        await app.AddAccountAsync("on_sqlite");
        app.KeepDataFolder = true;
        var folder = app.DataFolder;
        app.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            var before = await File.ReadAllBytesAsync(DatabaseSetup.DatabasePath(folder));
            var (code, output) = await RestoreAsync(dump, folder, new() { ["Database:Provider"] = "Sqlite" });

            Assert.Equal(4, code);
            Assert.Contains("it is a PostgreSQL dump (.pgdump), and this installation keeps its data in SQLite", output);
            Assert.Contains("Nothing was changed", output);
            Assert.Equal(before, await File.ReadAllBytesAsync(DatabaseSetup.DatabasePath(folder)));
            Assert.Empty(Directory.GetFiles(folder, "instaintel.db.before-restore-*"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            Directory.Delete(dumpFolder, recursive: true);
        }
    }

    [Fact]
    public async Task Restore_without_pg_restore_says_so_and_changes_nothing()
    {
        var (dump, folder) = await BackupOnPostgresAsync(keep: true);
        var empty = Directory.CreateTempSubdirectory("instaintel-no-pg-tools-");
        try
        {
            var settings = await Databases.SettingsAsync(DatabaseProvider.PostgreSql, postgres);
            settings["Backups:PostgresBin"] = empty.FullName;
            var (code, output) = await RestoreAsync(dump, folder, settings);

            Assert.Equal(5, code);
            Assert.Contains($"The restore could not run: pg_restore was not found in {empty.FullName} (Backups:PostgresBin)", output);
        }
        finally
        {
            empty.Delete(recursive: true);
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Restore_refuses_a_dump_of_a_newer_version_and_of_another_database()
    {
        using var app = await Databases.AppAsync(DatabaseProvider.PostgreSql, postgres);
        var database = SettingsOf(app)["Database:ConnectionString"];
        await ExecuteAsync(database, "INSERT INTO \"__EFMigrationsHistory\" VALUES ('29991231000000_FromTheFuture', '99.0.0')");
        var newer = Path.Combine(app.DataFolder, "newer.pgdump");
        await DumpAsync(database, newer);
        var foreign = await (await postgres.ServerAsync()).CreateDatabaseAsync();
        await ExecuteAsync(foreign, "CREATE TABLE notes (id int PRIMARY KEY, text text); INSERT INTO notes VALUES (1, 'shopping list')");
        var notes = Path.Combine(app.DataFolder, "notes.pgdump");
        await DumpAsync(foreign, notes);
        var settings = SettingsOf(app);
        app.KeepDataFolder = true;
        var folder = app.DataFolder;
        app.Dispose();
        try
        {
            var (code, output) = await RestoreAsync(newer, folder, settings);
            Assert.Equal(4, code);
            Assert.Contains("made by a newer InstaIntel (migration 29991231000000_FromTheFuture", output);

            (code, output) = await RestoreAsync(notes, folder, settings);
            Assert.Equal(4, code);
            Assert.Contains("it is not a dump of an InstaIntel database: it lacks the tables __EFMigrationsHistory, accounts, alert_channels", output);
            Assert.Contains("Nothing was changed", output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Scheduling_a_restore_on_postgres_is_refused_pointing_to_the_restore_command()
    {
        using var app = await Databases.AppAsync(DatabaseProvider.PostgreSql, postgres);
        var fileName = (await app.GraphQL().DataAsync(CreateBackup))["createBackup"]!["backup"]!["fileName"]!.GetValue<string>();

        var result = (await app.GraphQL().DataAsync(
            $$"""mutation { scheduleRestore(input: { fileName: "{{fileName}}" }) { pendingRestore errors { __typename ... on Error { message } } } }"""))["scheduleRestore"]!;

        Assert.Null(result["pendingRestore"]);
        Assert.Equal("RestoreRefusedError", result["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Contains($"run scripts/restore <data>/backups/{fileName}", result["errors"]![0]!["message"]!.GetValue<string>());
        Assert.False(File.Exists(Path.Combine(app.DataFolder, PendingRestore.FileName)));
    }

    /// <summary>A backup taken by an app on PostgreSQL, and the data folder it is in (kept).</summary>
    private async Task<(string Archive, string Folder)> BackupOnPostgresAsync(bool keep = true)
    {
        using var app = await Databases.AppAsync(DatabaseProvider.PostgreSql, postgres);
        app.KeepDataFolder = keep;
        await app.AddAccountAsync("in_the_dump");
        var fileName = (await app.GraphQL().DataAsync(CreateBackup))["createBackup"]!["backup"]!["fileName"]!.GetValue<string>();
        return (Path.Combine(app.DataFolder, "backups", fileName), app.DataFolder);
    }

    /// <summary>The database handed to a new role that is neither superuser nor able to create roles or databases; its connection string.</summary>
    private static async Task<string> OwnedBySomeoneElseAsync(string database)
    {
        var connection = new NpgsqlConnectionStringBuilder(database);
        var role = "owner_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(database, $"CREATE ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD 'owner-secret'; ALTER DATABASE {connection.Database} OWNER TO {role}");
        return new NpgsqlConnectionStringBuilder(database) { Username = role, Password = "owner-secret" }.ConnectionString;
    }

    private static Dictionary<string, string> SettingsOf(AppFactory app) => new()
    {
        ["Database:Provider"] = "PostgreSql",
        ["Database:ConnectionString"] = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value.ConnectionString!,
    };

    /// <summary>`InstaIntel.Api.dll restore ARCHIVE --data DIR --key=value…`, as scripts/restore runs it.</summary>
    private static async Task<(int Code, string Output)> RestoreAsync(string archive, string folder, Dictionary<string, string> settings)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { ApiProcess.Dll, "restore", archive, "--data", folder }.Concat(settings.Select(s => $"--{s.Key}={s.Value}")))
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    private static async Task DumpAsync(string database, string file)
    {
        var run = await PostgresTools.RunAsync(PostgresTools.Find("pg_dump", null), ["--format=custom", "--file", file], database, CancellationToken.None);
        Assert.True(run.ExitCode == 0, run.Error);
    }

    private static async Task<Dictionary<string, long>> CountsAsync(string database)
    {
        var counts = new Dictionary<string, long>();
        foreach (var table in RestoreCommand.CountedTables)
            counts[table] = (long)(await ScalarAsync(database, $"SELECT count(*) FROM {table}"))!;
        return counts;
    }

    private static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
