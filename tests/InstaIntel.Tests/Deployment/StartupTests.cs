using InstaIntel.Tests.Support;

namespace InstaIntel.Tests.Deployment;

/// <summary>The app started as scripts/start starts it, from different working folders.</summary>
public sealed class StartupTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "instaintel-tests", Guid.NewGuid().ToString("N"));

    public static TheoryData<string> WorkingFolders => new() { "repository root", "temp folder", "file system root" };

    private static string Folder(string name) => name switch
    {
        "repository root" => RepoRoot.Find(), // as scripts/start runs it
        "temp folder" => Path.GetTempPath(),
        _ => Path.GetPathRoot(Path.GetTempPath())!, // a Windows service starts in System32: somewhere without the app
    };

    [Theory]
    [MemberData(nameof(WorkingFolders))]
    public async Task Appsettings_json_applies_wherever_the_app_is_started_from(string workingFolder)
    {
        using var api = ApiProcess.Launch(Folder(workingFolder), data);
        await api.ListeningAsync();

        // appsettings.json keeps Microsoft.EntityFrameworkCore at Warning, so creating the database logs nothing.
        Assert.DoesNotContain("Applying migration", api.Output);
        Assert.Contains($"Content root path: {Path.GetDirectoryName(ApiProcess.Dll)}", api.Output);
    }

    [Fact]
    public async Task Sql_statements_are_logged_at_Debug_not_Information()
    {
        using (var information = ApiProcess.Launch(RepoRoot.Find(), data, "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Information"))
        {
            await information.ListeningAsync();
            Assert.Contains("Applying migration", information.Output); // EF's Information lines are shown...
            Assert.DoesNotContain("Executed DbCommand", information.Output); // ...but not its statements
        }

        using var debug = ApiProcess.Launch(RepoRoot.Find(), data, "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Debug");
        await debug.ListeningAsync();
        Assert.Contains("Executed DbCommand", debug.Output);
    }

    [Theory]
    [InlineData("--Instagram:Retries=0", "Instagram:Retries is 0: it must be 1 or more")]
    [InlineData("--Instagram:Pacing:RequestsPerMinute=0", "Instagram:Pacing:RequestsPerMinute is 0: it must be 1 or more")]
    [InlineData("--Instagram:LostChecksPerCrawl=-1", "Instagram:LostChecksPerCrawl is -1: it must be 0 (no look-ups) or more")]
    [InlineData("--Instagram:WebBaseUrl=instagram.com", "Instagram:WebBaseUrl is \"instagram.com\": it must be an absolute http:// or https:// URL")]
    [InlineData("--Exports:MaxRowsPerSheet=2000000", "Exports:MaxRowsPerSheet must be from 2 (the header and one row) to 1,048,576")]
    [InlineData("--Backups:Interval=07:00:00", "Backups:Interval must be zero (off)")]
    public async Task A_setting_that_cannot_work_stops_the_start_with_a_message_naming_it(string setting, string message)
    {
        using var api = ApiProcess.Launch(RepoRoot.Find(), data, setting);
        Assert.Equal(2, await api.ExitCodeAsync());
        Assert.Contains(message, api.Output);
        Assert.Contains("InstaIntel did not start, nothing was changed", api.Output);
        Assert.DoesNotContain("Unhandled exception", api.Output);
        Assert.False(File.Exists(Path.Combine(data, "instaintel.db")));
    }

    public void Dispose()
    {
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
    }
}
