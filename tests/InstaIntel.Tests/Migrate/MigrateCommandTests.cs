using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Crawling;
using InstaIntel.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static InstaIntel.Tests.Archives.ArchiveFixtures;

namespace InstaIntel.Tests.Migrate;

/// <summary>
/// `InstaIntel.Api migrate --from sqlite DIR --to postgres CONNSTR` run as a process, as scripts/migrate runs it, on
/// installations made the real way (crawls of the simulator, a data-download import, an API token).
/// </summary>
// Not in the PostgreSQL run (scripts/test): its source is a SQLite installation by definition; the target is PostgreSQL in both runs.
public sealed class MigrateCommandTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    /// <summary>What a user reads: accounts with counts, a follower list with its flags, the crawl history, a change log, a search, tokens.</summary>
    private const string Answers = """
        {
          accounts(first: 50, order: [{ username: ASC }]) { totalCount nodes { username fullName followerCount followingCount createdAt lastCrawledAt } }
          small: account(username: "demo_small") {
            followers(first: 40, order: [{ username: ASC }]) { totalCount nodes { pk username fullName isVerified isPrivate firstSeenAt lastSeenAt isNew isLost } }
            mutuals(first: 5) { totalCount }
            notFollowingBack(first: 5) { totalCount }
          }
          growth: account(username: "demo_growth") {
            followers(first: 40, where: { isLost: { eq: true } }) { totalCount nodes { username lostAt } }
            changes(first: 30) { totalCount }
          }
          imported: account(username: "ada.lane") { followers(first: 10) { totalCount nodes { username followedAt } } following(first: 10) { totalCount } }
          crawls(first: 20) { totalCount nodes { target status source createdAt finishedAt followersTotal followersNew followersLost followingTotal method completeness } }
          search(text: "demo_s") { accounts { username } profiles { username } }
          dashboard { trackedAccounts totalProfiles totalEdges }
          apiTokens { name scopes active createdAt }
        }
        """;

    [Fact]
    public async Task A_crawled_installation_answers_the_same_on_postgresql_and_keeps_its_token()
    {
        await using var h = await CrawlHarness.StartAsync();
        h.App.KeepDataFolder = true;
        var folder = h.App.DataFolder;
        try
        {
            foreach (var target in new[] { "demo_small", "demo_growth", "demo_growth" })
                Assert.Equal("SUCCEEDED", (await h.WaitAsync(await h.StartCrawlAsync(target), TimeSpan.FromSeconds(120))).Crawl["status"]!.GetValue<string>());
            var form = new MultipartFormDataContent();
            var zip = Zip(("connections/followers_and_following/followers_1.json", FollowersJson("bo.reed", "cy_marsh")),
                ("connections/followers_and_following/following.json", FollowingJson("bo.reed")));
            form.Add(new ByteArrayContent(zip.ToArray()), "file", "instagram-ada.lane-2026-11-20-Xy3kQp.zip");
            Assert.Equal(HttpStatusCode.OK, (await h.App.CreateClient().PostAsync("/imports", form)).StatusCode);
            var secret = (await h.App.GraphQL().DataAsync("""
                mutation { createApiToken(input: { name: "dashboard tool", scopes: [READ] }) { secret } }
                """))["createApiToken"]!["secret"]!.GetValue<string>();
            var onSqlite = await h.App.GraphQL().DataAsync(Answers);
            h.App.Dispose(); // the app lets go of the data folder, as a user stops it before migrating

            var database = await (await postgres.ServerAsync()).CreateDatabaseAsync();
            var (code, output) = await MigrateAsync("--from", "sqlite", folder, "--to", "postgres", database);

            Assert.True(code == 0, output);
            foreach (var table in new[] { "accounts", "profiles", "crawls", "follower_edges", "following_edges", "follow_changes", "api_tokens", "count_points" })
                Assert.Matches($@"(?m)^{table} +([\d,]+) +\1$", output);
            Assert.DoesNotContain("DIFFERS", output);
            Assert.Contains("QRTZ_*", output);
            Assert.Contains("vault.bin", output);

            using var onPostgres = AppFactory.With(new(AppFactory.Crawling(h.Simulator))
            {
                ["Database:Provider"] = "PostgreSql",
                ["Database:ConnectionString"] = database,
            }, dataFolder: folder);
            Assert.True(await onPostgres.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<InstaIntelDb>().Database.ProviderName!.Contains("Npgsql"))));
            var answers = await onPostgres.GraphQL().DataAsync(Answers);
            Assert.Equal(onSqlite.ToJsonString(), answers.ToJsonString());
            Assert.True(onSqlite["small"]!["followers"]!["totalCount"]!.GetValue<int>() > 1000, "the crawl behind the comparison listed the followers");
            Assert.True(onSqlite["growth"]!["followers"]!["totalCount"]!.GetValue<int>() > 0, "the second crawl of demo_growth lost someone");

            // The token's hash moved with the database: the tool keeps working, another secret does not.
            using var tool = onPostgres.CreateClient();
            tool.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            using var read = await tool.PostAsJsonAsync("/graphql", new { query = "{ accounts { totalCount } }" });
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.Equal(3, JsonNode.Parse(await read.Content.ReadAsStringAsync())!["data"]!["accounts"]!["totalCount"]!.GetValue<int>());
            tool.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret[..^4] + "AAAA");
            using var forged = await tool.PostAsJsonAsync("/graphql", new { query = "{ accounts { totalCount } }" });
            Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);

            // Identity sequences continue after the copied ids: a new account gets a fresh one.
            var before = onSqlite["accounts"]!["totalCount"]!.GetValue<int>();
            var added = await onPostgres.AddAccountAsync("after_the_move");
            Assert.True(added.Id > before, $"the new account got id {added.Id}, which a copied account may hold");
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_target_that_already_holds_data_is_refused_and_left_as_it_was()
    {
        using var installation = await Installation.WithAccountAsync("first_account");
        var database = await (await postgres.ServerAsync()).CreateDatabaseAsync();
        var (code, output) = await MigrateAsync(installation, database);
        Assert.True(code == 0, output);
        Assert.Matches(@"(?m)^accounts +1 +1$", output);

        (code, output) = await MigrateAsync(installation, database);
        Assert.Equal(6, code);
        Assert.Contains("already holds InstaIntel data (accounts 1", output);
        Assert.Contains("Nothing was changed", output);
        Assert.Equal(1L, await PostgresScalarAsync(database, "SELECT count(*) FROM accounts"));
    }

    [Fact]
    public async Task A_value_that_does_not_convert_stops_the_copy_with_nothing_kept_and_a_rerun_after_the_fix_succeeds()
    {
        using var installation = await Installation.WithAccountAsync("odd_date");
        await installation.SqliteAsync("UPDATE accounts SET created_at = 'last tuesday'");
        var database = await (await postgres.ServerAsync()).CreateDatabaseAsync();
        var (code, output) = await MigrateAsync(installation, database);
        Assert.Equal(7, code);
        Assert.Contains("The copy stopped at accounts: accounts.created_at holds \"last tuesday\"", output);
        Assert.Contains("PostgreSQL keeps no copied rows", output);

        await installation.SqliteAsync("UPDATE accounts SET created_at = '2026-11-01 10:00:00'");
        (code, output) = await MigrateAsync(installation, database);
        Assert.True(code == 0, output);
        Assert.Equal(new DateTime(2026, 11, 1, 10, 0, 0, DateTimeKind.Utc), await PostgresScalarAsync(database, "SELECT created_at FROM accounts"));
    }

    [Fact]
    public async Task A_row_whose_parent_is_missing_in_sqlite_fails_the_foreign_key_check_with_nothing_kept()
    {
        using var installation = await Installation.WithAccountAsync("orphaned");
        // SQLite checks foreign keys only when a connection asks it to; an old or hand-edited file can hold orphans.
        await installation.SqliteAsync("INSERT INTO ignored_profiles (account_id, profile_pk, ignored_at) VALUES (999, 5, '2026-11-01 10:00:00')");
        var database = await (await postgres.ServerAsync()).CreateDatabaseAsync();
        var (code, output) = await MigrateAsync(installation, database);
        Assert.Equal(7, code);
        Assert.Contains("violates foreign key constraint \"FK_ignored_profiles_accounts_account_id\"", output);
        Assert.Contains("PostgreSQL keeps no copied rows", output);
        Assert.Equal(0L, await PostgresScalarAsync(database, "SELECT count(*) FROM accounts"));
    }

    [Fact]
    public async Task Bad_connection_strings_and_unreachable_databases_are_named()
    {
        using var installation = await Installation.WithAccountAsync("someone");
        var (code, output) = await MigrateAsync(installation, "Host=127.0.0.1;Nonsense=yes");
        Assert.Equal(2, code);
        Assert.Contains("The PostgreSQL connection string cannot be read", output);

        var missing = (await (await postgres.ServerAsync()).CreateDatabaseAsync()).Replace("Database=t_", "Database=nosuch_");
        (code, output) = await MigrateAsync(installation, missing);
        Assert.Equal(5, code);
        Assert.Contains("Cannot connect to PostgreSQL", output);
        Assert.Contains("nosuch_", output);
        Assert.Contains("does not exist", output);
    }

    [Fact]
    public async Task A_folder_without_a_database_a_running_app_and_wrong_arguments_are_refused()
    {
        var empty = Directory.CreateTempSubdirectory("instaintel-migrate-").FullName;
        try
        {
            var (code, output) = await MigrateAsync("--from", "sqlite", empty, "--to", "postgres", "Host=127.0.0.1;Database=x");
            Assert.Equal(2, code);
            Assert.Contains($"No SQLite database at {Path.Combine(empty, "instaintel.db")}", output);

            await File.WriteAllTextAsync(Path.Combine(empty, "instaintel.db"), "not a database");
            (code, output) = await MigrateAsync("--from", "sqlite", empty, "--to", "postgres", "Host=127.0.0.1;Database=x");
            Assert.Equal(4, code);
            Assert.Contains("was refused: it fails SQLite's integrity check", output);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }

        using (var running = new AppFactory())
        {
            await running.AddAccountAsync("busy");
            var (code, output) = await MigrateAsync("--from", "sqlite", running.DataFolder, "--to", "postgres", "Host=127.0.0.1;Database=x");
            Assert.Equal(3, code);
            Assert.Contains("InstaIntel is running on", output);
        }

        var (usageCode, usage) = await MigrateAsync("--from", "mysql", "somewhere", "--to", "postgres", "Host=x");
        Assert.Equal(2, usageCode);
        Assert.Contains("usage: scripts/migrate --from sqlite DATA_FOLDER --to postgres CONNECTION_STRING", usage);
    }

    [Fact]
    public async Task A_database_an_older_version_made_is_brought_up_to_date_first_then_copied()
    {
        using var installation = await Installation.WithAccountAsync("not_yet_updated");
        // Back to before the edge tables went behind views: the tables are `followers` and `following` again.
        const string older = "20261129031237_CrawlLeases";
        int since;
        await using (var db = new InstaIntelDb(new DbContextOptionsBuilder<InstaIntelDb>()
            .UseSqlite($"Data Source={Path.Combine(installation.Folder, "instaintel.db")};Pooling=False").Options))
        {
            await db.GetService<IMigrator>().MigrateAsync(older);
            since = db.Database.GetMigrations().SkipWhile(m => m != older).Count() - 1;
        }
        var database = await (await postgres.ServerAsync()).CreateDatabaseAsync();

        var (code, output) = await MigrateAsync(installation, database);

        Assert.True(code == 0, output);
        Assert.True(since >= 2, $"only {since} migrations after {older}");
        Assert.Contains($"up to this version first ({since} migrations)", output);
        Assert.Matches(@"(?m)^accounts +1 +1$", output);
    }

    /// <summary>A stopped installation's data folder, deleted with the test.</summary>
    private sealed class Installation(string folder) : IDisposable
    {
        public string Folder => folder;

        /// <summary>An installation with one tracked account, stopped.</summary>
        public static async Task<Installation> WithAccountAsync(string username)
        {
            using var app = new AppFactory { KeepDataFolder = true };
            await app.AddAccountAsync(username);
            return new Installation(app.DataFolder);
        }

        /// <summary>Changes exactly one row of its database, foreign keys unchecked.</summary>
        public async Task SqliteAsync(string sql)
        {
            await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "instaintel.db")};Pooling=False;Foreign Keys=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        public void Dispose()
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<object?> PostgresScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static Task<(int Code, string Output)> MigrateAsync(Installation installation, string connectionString) =>
        MigrateAsync("--from", "sqlite", installation.Folder, "--to", "postgres", connectionString);

    private static async Task<(int Code, string Output)> MigrateAsync(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { ApiProcess.Dll, "migrate" }.Concat(args)) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
