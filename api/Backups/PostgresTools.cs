using System.Diagnostics;
using Npgsql;

namespace InstaIntel.Api.Backups;

/// <summary>
/// PostgreSQL's client programs (pg_dump, pg_restore), run against the app's database. The connection string is
/// taken apart into libpq's environment variables, so the password is never on a command line (which every user
/// of the machine can read) nor in a log; what a program prints is passed on with the password blanked out.
/// </summary>
public static class PostgresTools
{
    /// <summary>
    /// The program in <paramref name="folder"/> (`Backups:PostgresBin`) when one is set; else the newest of Debian's
    /// and Ubuntu's versioned folders (/usr/lib/postgresql/N/bin, not on PATH) or of Windows' installer
    /// (Program Files\PostgreSQL\N\bin), then PATH. Newest first: pg_dump refuses a server newer than itself.
    /// </summary>
    public static string Find(string program, string? folder)
    {
        var folders = string.IsNullOrWhiteSpace(folder) ? Candidates() : [folder];
        return folders.SelectMany(f => new[] { Path.Combine(f, program), Path.Combine(f, program + ".exe") }).FirstOrDefault(File.Exists)
            ?? throw new PostgresToolException(string.IsNullOrWhiteSpace(folder)
                ? $"{program} was not found (neither under /usr/lib/postgresql/*/bin nor on PATH): install PostgreSQL's client programs " +
                  "of the server's major version or newer (Debian, Ubuntu: postgresql-client), or name their folder in Backups:PostgresBin"
                : $"{program} was not found in {folder} (Backups:PostgresBin): name the folder holding PostgreSQL's client programs, or leave the setting empty to look in the usual places");
    }

    private static IEnumerable<string> Candidates()
    {
        static IEnumerable<string> Versioned(string root) => Directory.Exists(root)
            ? Directory.GetDirectories(root).OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).Select(d => Path.Combine(d, "bin"))
            : [];
        var programFiles = Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles);
        return Versioned("/usr/lib/postgresql")
            .Concat(programFiles.Length > 0 ? Versioned(Path.Combine(programFiles, "PostgreSQL")) : [])
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Where(d => d.Length > 0));
    }

    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>Runs <paramref name="program"/> with the database of <paramref name="connectionString"/> in its environment; a cancelled run is killed.</summary>
    public static async Task<Result> RunAsync(string program, IEnumerable<string> args, string connectionString, CancellationToken ct)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var info = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        foreach (var (name, value) in LibpqVariables(connection))
            if (value is not null) info.Environment[name] = value;

        using var process = Process.Start(info) ?? throw new PostgresToolException($"{Path.GetFileName(program)} did not start");
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new Result(process.ExitCode, await output, Blank(await error, connection.Password));
    }

    /// <summary>libpq's variables for what the connection string says; the password goes in PGPASSWORD, never in arguments.</summary>
    private static IEnumerable<(string, string?)> LibpqVariables(NpgsqlConnectionStringBuilder c) =>
    [
        ("PGHOST", c.Host),
        ("PGPORT", c.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("PGUSER", c.Username),
        ("PGDATABASE", c.Database),
        ("PGPASSWORD", string.IsNullOrEmpty(c.Password) ? null : c.Password),
        ("PGSSLMODE", c.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        }),
        ("PGCONNECT_TIMEOUT", c.Timeout > 0 ? c.Timeout.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
        ("PGAPPNAME", "InstaIntel backups"),
    ];

    /// <summary>What a program printed, on one line and short enough for a message, with the password blanked out.</summary>
    public static string Excerpt(string error)
    {
        var line = string.Join(" ", error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length == 0 ? "it printed nothing" : line.Length <= 600 ? line : line[..600] + "…";
    }

    private static string Blank(string text, string? password) =>
        string.IsNullOrEmpty(password) ? text : text.Replace(password, "***", StringComparison.Ordinal);
}

/// <summary>A PostgreSQL client program is missing or failed; the message says which and why, without secrets.</summary>
public sealed class PostgresToolException(string message) : Exception(message);
