using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace InstaIntel.Tests.Support;

/// <summary>
/// A real PostgreSQL (Debian's package) on a free loopback port with its own temporary data folder, for one test
/// class (<see cref="PostgresFixture"/>); each test takes a database of its own with <see cref="CreateDatabaseAsync"/>.
/// PostgreSQL refuses to run as root, so as root (CI) its programs run as the package's `postgres` user.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly Process process;
    private readonly string dataFolder;
    private readonly int port;

    private PostgresServer(Process process, string dataFolder, int port)
    {
        (this.process, this.dataFolder, this.port) = (process, dataFolder, port);
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={port};Username=postgres;Database={database};Include Error Detail=true";

    /// <summary>A new empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        await using var admin = new NpgsqlConnection(ConnectionString("postgres"));
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
        await create.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public static async Task<PostgresServer> StartAsync()
    {
        var binaries = FindBinaries();
        SweepLeftovers();
        var dataFolder = Path.Combine(Path.GetTempPath(), "instaintel-postgres-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dataFolder);
        if (Environment.IsPrivilegedProcess) await RunAsync("chown", ["postgres:postgres", dataFolder], asPostgres: false);
        await RunAsync(Path.Combine(binaries, "initdb"),
            ["-D", dataFolder, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"], asPostgres: true);

        var port = FreePort();
        // Durability is not what the tests measure: no fsync keeps each test's CREATE DATABASE and commits quick.
        var process = Process.Start(Command(Path.Combine(binaries, "postgres"),
            ["-D", dataFolder, "-p", port.ToString(), "-k", dataFolder, "-c", "listen_addresses=127.0.0.1",
             "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=1000"]))
            ?? throw new InvalidOperationException("postgres did not start.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new PostgresServer(process, dataFolder, port);
        for (var i = 0; i < 300; i++)
        {
            if (process.HasExited) break;
            try
            {
                await using var connection = new NpgsqlConnection(server.ConnectionString("postgres"));
                await connection.OpenAsync();
                return server;
            }
            catch (Exception e) when (e is NpgsqlException or SocketException)
            {
                await Task.Delay(100);
            }
        }
        server.Dispose();
        throw new InvalidOperationException($"PostgreSQL ({binaries}) did not accept connections on port {port}.");
    }

    /// <summary>initdb and postgres: on PATH, else in Debian's versioned folder (/usr/lib/postgresql/N/bin, not on PATH), newest first.</summary>
    private static string FindBinaries()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Where(d => d.Length > 0 && File.Exists(Path.Combine(d, "initdb")))
            .Select(d => Path.GetDirectoryName(Path.GetFullPath(ResolveLink(Path.Combine(d, "initdb"))))!);
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin"))
            : [];
        return onPath.Concat(debian).FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "postgres")))
            ?? throw new InvalidOperationException(
                "PostgreSQL's initdb and postgres were found neither on PATH nor under /usr/lib/postgresql/*/bin: install Debian's postgresql package (.ci/run does).");
    }

    private static string ResolveLink(string path) => new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;

    private static ProcessStartInfo Command(string program, IEnumerable<string> args, bool asPostgres = true)
    {
        // setpriv replaces itself with the program, so the process started here is PostgreSQL itself.
        var viaSetpriv = asPostgres && Environment.IsPrivilegedProcess;
        var info = new ProcessStartInfo(viaSetpriv ? "setpriv" : program)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (viaSetpriv)
            foreach (var arg in new[] { "--reuid=postgres", "--regid=postgres", "--init-groups", "--", program }) info.ArgumentList.Add(arg);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return info;
    }

    private static async Task RunAsync(string program, IEnumerable<string> args, bool asPostgres)
    {
        using var process = Process.Start(Command(program, args, asPostgres)) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited with {process.ExitCode}: {await error}{await output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Kills the server with its backends (its children) and deletes its folder: nothing in it is kept.</summary>
    public void Dispose()
    {
        try { if (!process.HasExited) process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        process.WaitForExit(5000);
        process.Dispose();
        DeleteFolder(dataFolder);
    }

    /// <summary>
    /// Folders of earlier runs whose server is gone (no postmaster.pid), e.g. when a test host was killed. Untouched for
    /// ten minutes too: a server another test class is starting has no postmaster.pid yet, and a file system that keeps
    /// no creation time reports an old one.
    /// </summary>
    private static void SweepLeftovers()
    {
        var old = DateTime.UtcNow.AddMinutes(-10);
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), "instaintel-postgres-*"))
            if (!File.Exists(Path.Combine(folder, "postmaster.pid")) && Directory.GetCreationTimeUtc(folder) < old && Directory.GetLastWriteTimeUtc(folder) < old)
                DeleteFolder(folder);
    }

    /// <summary>Tried a few times: backends killed with the server can still be writing for a moment.</summary>
    private static void DeleteFolder(string folder)
    {
        for (var attempt = 0; attempt < 20 && Directory.Exists(folder); attempt++)
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { Thread.Sleep(100); }
        }
    }
}
