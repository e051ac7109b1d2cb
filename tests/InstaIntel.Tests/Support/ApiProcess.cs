using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace InstaIntel.Tests.Support;

/// <summary>
/// The API as a separate OS process, started as scripts/start starts it (`dotnet …/InstaIntel.Api.dll`), so a test
/// can kill it outright, as a crash or power cut would, or read everything it printed.
/// </summary>
public sealed partial class ApiProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    public string Url { get; private set; } = "";

    private ApiProcess(Process process) => this.process = process;

    /// <summary>The API's own build (api/bin), of the configuration the tests were built in: it has its appsettings.json.</summary>
    public static string Dll
    {
        get
        {
            var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)); // …/bin/Release/net10.0
            return Path.Combine(RepoRoot.Find(), "api", "bin", testBin.Parent!.Name, testBin.Name, "InstaIntel.Api.dll");
        }
    }

    /// <summary>
    /// Starts the API with `--key=value` settings on the run's database (<see cref="Databases.WithRunDefault"/>, unless
    /// they name a provider) and waits until it listens. Started again on the same data folder, it finds the same database.
    /// </summary>
    public static async Task<ApiProcess> StartAsync(string dataFolder, Dictionary<string, string> settings)
    {
        var api = Launch(typeof(Program).Assembly.Location, Environment.CurrentDirectory, dataFolder,
            Databases.WithRunDefault(settings, dataFolder).Select(s => $"--{s.Key}={s.Value}"));
        await api.ListeningAsync();
        return api;
    }

    /// <summary>Starts <see cref="Dll"/> from <paramref name="workingDirectory"/> and returns at once.</summary>
    public static ApiProcess Launch(string workingDirectory, string dataFolder, params string[] args) =>
        Launch(Dll, workingDirectory, dataFolder, args);

    private static ApiProcess Launch(string dll, string workingDirectory, string dataFolder, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var arg in new[] { "--data", dataFolder, "--urls", "http://127.0.0.1:0", "--client", Path.Combine(dataFolder, "no-client") }.Concat(args))
            info.ArgumentList.Add(arg);
        var api = new ApiProcess(Process.Start(info)!);
        api.process.OutputDataReceived += (_, e) => api.Append(e.Data);
        api.process.ErrorDataReceived += (_, e) => api.Append(e.Data);
        api.process.BeginOutputReadLine();
        api.process.BeginErrorReadLine();
        return api;
    }

    /// <summary>Everything the process printed so far, standard output and error.</summary>
    public string Output
    {
        get { lock (output) return output.ToString(); }
    }

    /// <summary>Waits until the app says where it listens; everything it printed before then is in <see cref="Output"/>.</summary>
    public async Task<string> ListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(120); // a loaded 2-core machine can take a minute to start it
        while (DateTime.UtcNow < deadline)
        {
            if (Listening().Match(Output) is { Success: true } m) return Url = m.Groups[1].Value;
            if (process.HasExited) break;
            await Task.Delay(50);
        }
        throw new TimeoutException($"The API did not start listening. It printed:\n{Output}");
    }

    public async Task<int> ExitCodeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    public GraphQLClient GraphQL() => new(new HttpClient { BaseAddress = new Uri(Url) });

    /// <summary>Ends the process at once: no shutdown, no flushing, nothing finished.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    private bool disposed;

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        if (!process.HasExited) Kill();
        process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();
}
