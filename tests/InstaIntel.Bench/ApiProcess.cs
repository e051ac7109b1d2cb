using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace InstaIntel.Bench;

/// <summary>The real API, run as its own process on a free loopback port, with its output captured.</summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process process;
    public Uri BaseAddress { get; }
    public ConcurrentQueue<string> Output { get; } = new();
    public int Pid => process.Id;

    private ApiProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>Starts the API from the repository root, as scripts/start does, so it reads the same configuration.</summary>
    public static async Task<ApiProcess> StartAsync(string repoRoot, string apiDll, string dataFolder, params string[] extraArgs)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = repoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { apiDll, "--data", dataFolder, "--port", port.ToString() }.Concat(extraArgs))
            start.ArgumentList.Add(arg);

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the API.");
        var api = new ApiProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        // Both pipes must be drained or the API blocks once one fills.
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) api.Output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) api.Output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await api.WaitHealthyAsync(TimeSpan.FromSeconds(60));
        return api;
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The API exited with {process.ExitCode}:\n{string.Join('\n', Output)}");
            try
            {
                using var response = await client.GetAsync("healthz");
                if (response.StatusCode == HttpStatusCode.OK && await response.Content.ReadAsStringAsync() == "Healthy") return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The API was not healthy within {timeout.TotalSeconds} s:\n{string.Join('\n', Output)}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
