using InstaIntel.Tests.Support;

namespace InstaIntel.Tests.Persistence;

/// <summary>`Database:Provider` and `Database:ConnectionString` that cannot work stop the start before anything is touched.</summary>
public sealed class ProviderSettingsTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "instaintel-tests", Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData(new[] { "--Database:Provider=Oracle" }, "Database:Provider is \"Oracle\": it must be Sqlite (the default, a file in the data folder) or PostgreSql.")]
    [InlineData(new[] { "--Database:Provider=PostgreSql" }, "Database:Provider is PostgreSql but Database:ConnectionString is empty")]
    [InlineData(new[] { "--Database:Provider=postgresql", "--Database:ConnectionString=Host=localhost;Nonsense=1" }, "Database:ConnectionString cannot be read:")]
    public async Task A_database_setting_that_cannot_work_stops_the_start_with_a_message_naming_it(string[] settings, string message)
    {
        using var api = ApiProcess.Launch(RepoRoot.Find(), data, settings);
        Assert.Equal(2, await api.ExitCodeAsync());
        Assert.Contains(message, api.Output);
        Assert.Contains("InstaIntel did not start, nothing was changed", api.Output);
        Assert.False(File.Exists(Path.Combine(data, "instaintel.db")));
    }

    public void Dispose()
    {
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
    }
}
