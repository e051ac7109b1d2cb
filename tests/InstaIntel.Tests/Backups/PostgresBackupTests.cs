using InstaIntel.Api.Backups;
using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Support;

namespace InstaIntel.Tests.Backups;

/// <summary>On PostgreSQL the app takes no archive (there is no SQLite file to copy) and says what to do instead.</summary>
public sealed class PostgresBackupTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task A_backup_on_postgres_is_refused_naming_pg_dump_and_writes_nothing()
    {
        using var app = await Databases.AppAsync(DatabaseProvider.PostgreSql, postgres);
        var result = (await app.GraphQL().DataAsync("mutation { createBackup { backup { fileName } errors { __typename ... on Error { message } } } }"))["createBackup"]!;

        Assert.Null(result["backup"]);
        Assert.Equal("BackupFailedError", result["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Contains(BackupService.PostgresByItsOwnTools, result["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Contains("pg_dump", BackupService.PostgresByItsOwnTools);
        Assert.False(Directory.Exists(Path.Combine(app.DataFolder, "backups")) && Directory.EnumerateFileSystemEntries(Path.Combine(app.DataFolder, "backups")).Any());
        Assert.False(File.Exists(DatabaseSetup.DatabasePath(app.DataFolder)));
    }
}
