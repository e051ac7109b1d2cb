using System.Diagnostics;
using InstaIntel.Api.Tokens;
using InstaIntel.Tests.Support;
using static InstaIntel.Tests.Support.People;

namespace InstaIntel.Tests.Tokens;

/// <summary>
/// The examples of docs/api.md, run as a tool on another machine would run them: with only a read token, against the
/// real server, from a client that is neither trusted nor unlocked. docs/api.md shows each file as it is here.
/// </summary>
public sealed class ExampleTests : IClassFixture<ExampleTests.World>
{
    private readonly World world;

    public ExampleTests(World world) => this.world = world;

    /// <summary>`someone` had user_0001 … user_0005 follow it, then lost user_0004 and user_0005.</summary>
    public sealed class World : IAsyncLifetime
    {
        public TokenWorld Tokens { get; } = new();
        public string Secret { get; private set; } = "";

        public async Task InitializeAsync()
        {
            var account = await Tokens.App.AddAccountAsync("someone");
            await Tokens.App.CrawlAsync(account.Id, Range(1, 5));
            await Tokens.App.CrawlAsync(account.Id, Range(1, 3));
            (_, Secret) = await Tokens.CreateAsync(TokenScope.Read);
        }

        public Task DisposeAsync()
        {
            Tokens.Dispose();
            return Task.CompletedTask;
        }
    }

    private static readonly string Root = RepoRoot.Find();

    [Fact]
    public void Docs_api_md_shows_every_example_as_it_is_tested()
    {
        var doc = File.ReadAllText(Path.Combine(Root, "docs", "api.md"));
        foreach (var example in new[] { "docs/examples/lost-followers.sh", "docs/examples/lost_followers.py", "docs/examples/LostFollowers.cs", "client/examples/lost-followers.mjs" })
            Assert.True(doc.Contains(File.ReadAllText(Path.Combine(Root, example)).TrimEnd(), StringComparison.Ordinal), $"docs/api.md does not show {example} as it is");
    }

    [Fact]
    public async Task Curl_lists_the_lost_followers()
    {
        var output = await RunAsync("bash", ["docs/examples/lost-followers.sh", "someone"]);
        Assert.Contains("\"totalCount\":2", output);
        Assert.Contains("user_0004", output);
        Assert.DoesNotContain("user_0001", output);
    }

    [Fact]
    public async Task Csharp_lists_the_lost_followers()
    {
        var output = await RunAsync("dotnet", ["run", "docs/examples/LostFollowers.cs", "someone"], TimeSpan.FromMinutes(4));
        AssertListed(output);
    }

    [NodeExampleFact]
    public async Task Node_lists_the_lost_followers_and_follows_the_crawl()
    {
        var output = await RunAsync("node", ["client/examples/lost-followers.mjs", "someone"]);
        AssertListed(output);
        Assert.Contains("crawl SUCCEEDED: 3 of", output);
    }

    [PythonExampleFact]
    public async Task Python_lists_the_lost_followers_and_follows_the_crawl()
    {
        var output = await RunAsync(PythonExampleFactAttribute.Python, ["docs/examples/lost_followers.py", "someone"]);
        AssertListed(output);
        Assert.Contains("crawl SUCCEEDED: 3 of", output);
    }

    private static void AssertListed(string output)
    {
        Assert.Contains("2 lost followers of someone", output);
        Assert.Contains("  user_0004 (lost ", output);
        Assert.Contains("  user_0005 (lost ", output);
        Assert.DoesNotContain("user_0001", output);
    }

    private async Task<string> RunAsync(string program, string[] arguments, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["INSTAINTEL_URL"] = world.Tokens.BaseAddress.ToString().TrimEnd('/');
        start.Environment["INSTAINTEL_TOKEN"] = world.Secret;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(cancel.Token);
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await errors}\n{await output}");
        return await output;
    }
}

/// <summary>Runs when client/node_modules has the example's packages (`npm ci` in client/ installs them).</summary>
public sealed class NodeExampleFactAttribute : FactAttribute
{
    public NodeExampleFactAttribute()
    {
        var modules = Path.Combine(RepoRoot.Find(), "client", "node_modules");
        if (!new[] { "graphql-request", "graphql-ws", "ws" }.All(p => Directory.Exists(Path.Combine(modules, p))))
            Skip = "client/node_modules lacks graphql-request, graphql-ws or ws: run `npm ci` in client/.";
    }
}

/// <summary>
/// Runs when a Python with httpx and gql is at hand: `INSTAINTEL_PYTHON`, or the virtual environment `.ci/run`
/// makes (.ci/venv).
/// </summary>
public sealed class PythonExampleFactAttribute : FactAttribute
{
    public static readonly string Python = Environment.GetEnvironmentVariable("INSTAINTEL_PYTHON") is { Length: > 0 } given ? given
        : Path.Combine(RepoRoot.Find(), ".ci", "venv", "bin", "python");

    public PythonExampleFactAttribute()
    {
        if (!HasPackages()) Skip = $"{Python} with httpx and gql is missing: .ci/run makes it (python3 -m venv .ci/venv; .ci/venv/bin/pip install httpx \"gql[websockets]>=3.5,<4\").";
    }

    private static bool HasPackages()
    {
        if (!File.Exists(Python)) return false;
        try
        {
            using var check = Process.Start(new ProcessStartInfo(Python, ["-c", "import httpx, gql, websockets"]) { RedirectStandardError = true })!;
            check.WaitForExit(20_000);
            return check.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
