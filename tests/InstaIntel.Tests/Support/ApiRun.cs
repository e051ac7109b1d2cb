using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace InstaIntel.Tests.Support;

/// <summary>
/// The API started as scripts/start starts it, `dotnet api/bin/…/InstaIntel.Api.dll`, from a chosen working folder,
/// keeping all it prints.
/// </summary>
public sealed class ApiRun : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private ApiRun(Process process) => this.process = process;

    /// <summary>The API's own build (api/bin), of the configuration the tests were built in.</summary>
    public static string Dll
    {
        get
        {
            var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)); // …/bin/Release/net10.0
            return Path.Combine(RepoRoot.Find(), "api", "bin", testBin.Parent!.Name, testBin.Name, "InstaIntel.Api.dll");
        }
    }

    public static ApiRun Start(string workingDirectory, string dataFolder, params string[] settings)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in new[] { "--data", dataFolder, "--urls", "http://127.0.0.1:0", "--client", Path.Combine(dataFolder, "no-client") }.Concat(settings))
            info.ArgumentList.Add(arg);
        var run = new ApiRun(Process.Start(info)!);
        run.process.OutputDataReceived += (_, e) => run.Append(e.Data);
        run.process.ErrorDataReceived += (_, e) => run.Append(e.Data);
        run.process.BeginOutputReadLine();
        run.process.BeginErrorReadLine();
        return run;
    }

    public string Output
    {
        get { lock (output) return output.ToString(); }
    }

    /// <summary>Waits until the app says where it listens; everything it printed before then is in <see cref="Output"/>.</summary>
    public async Task<string> ListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (Regex.Match(Output, @"Now listening on: (http://\S+)") is { Success: true } m) return m.Groups[1].Value;
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

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
    }
}
