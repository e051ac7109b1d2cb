using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace InstaIntel.Tests.Support;

/// <summary>A real redis-server (Debian's) on a free loopback port, with no persistence, for one test.</summary>
public sealed class RedisServer : IDisposable
{
    private readonly Process process;
    public string ConnectionString { get; }

    private RedisServer(Process process, int port)
    {
        this.process = process;
        ConnectionString = $"127.0.0.1:{port}";
    }

    public static async Task<RedisServer> StartAsync()
    {
        var port = FreePort();
        var info = new ProcessStartInfo("redis-server") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var arg in new[] { "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
            info.ArgumentList.Add(arg);
        var process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start; .ci/run installs it.");
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, line) => { if (line.Data is { } text) output.Enqueue(text); };
        process.BeginOutputReadLine();
        // A loaded CI machine can take seconds to start it; one that exited (the port taken meanwhile) says why.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return new RedisServer(process, port);
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        if (!process.HasExited) process.Kill();
        throw new InvalidOperationException($"redis-server did not listen on {port}:\n{string.Join('\n', output)}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill();
        process.WaitForExit();
        process.Dispose();
    }
}
