using System.Diagnostics;
using System.Text.RegularExpressions;

namespace InstaIntel.Tests.Support;

/// <summary>The API as a separate OS process, so a test can kill it outright, as a crash or power cut would.</summary>
public sealed partial class ApiProcess : IDisposable
{
    private readonly Process process;
    public string Url { get; }

    private ApiProcess(Process process, string url)
    {
        this.process = process;
        Url = url;
    }

    public static async Task<ApiProcess> StartAsync(string dataFolder, IDictionary<string, string> settings)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in new[] { "--data", dataFolder, "--urls", "http://127.0.0.1:0", "--client", Path.Combine(dataFolder, "no-client") })
            info.ArgumentList.Add(arg);
        foreach (var (key, value) in settings) info.ArgumentList.Add($"--{key}={value}");

        var process = Process.Start(info)!;
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null && Listening().Match(e.Data) is { Success: true } m) listening.TrySetResult(m.Groups[1].Value);
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var url = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return new ApiProcess(process, url);
    }

    public GraphQLClient GraphQL() => new(new HttpClient { BaseAddress = new Uri(Url) });

    /// <summary>Ends the process at once: no shutdown, no flushing, nothing finished.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
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
