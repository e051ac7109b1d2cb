using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Crawling;

/// <summary>
/// `Workers:` settings of a process that runs crawls (`worker` or `all`). Several workers may share one database:
/// each claims a crawl before running it and holds it by a lease it renews while it runs.
/// </summary>
public sealed class WorkerOptions
{
    private static int instances;
    private readonly Lazy<string> defaultName = new(DefaultName);

    /// <summary>The worker's name in claims and logs; unique among running workers. Default: machine name and process id.</summary>
    public string? Name { get; set; }

    /// <summary>The Instagram sessions (usernames or labels) this worker may use; empty: all of them.</summary>
    public List<string> Sessions { get; set; } = [];

    /// <summary>How long a claim holds without renewal; renewed every third of it. A crawl whose worker died waits this long for another.</summary>
    public TimeSpan LeaseTime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often an idle worker looks for a crawl to claim, besides the wake-ups it gets over the event bus.</summary>
    public TimeSpan PollEvery { get; set; } = TimeSpan.FromSeconds(5);

    public string WorkerName => string.IsNullOrWhiteSpace(Name) ? defaultName.Value : Name.Trim();

    public TimeSpan HeartbeatEvery => LeaseTime / 3;

    /// <summary>Whether this worker may use a session known by <paramref name="username"/> or <paramref name="label"/>.</summary>
    public bool MayUse(string? username, string? label) =>
        Sessions.Count == 0 || Sessions.Select(s => s.Trim().TrimStart('@')).Any(s =>
            string.Equals(s, username, StringComparison.OrdinalIgnoreCase) || string.Equals(s, label, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// `host:pid`, so a worker on the same machine can tell at once that the process holding a claim is gone; a
    /// second app in the same process (tests) gets `host:pid#2`.
    /// </summary>
    private static string DefaultName()
    {
        var n = Interlocked.Increment(ref instances);
        var name = $"{Environment.MachineName}:{Environment.ProcessId}";
        return n == 1 ? name : $"{name}#{n}";
    }

    /// <summary>Whether a claim holder's default name says it is a process on this machine that no longer runs.</summary>
    public static bool IsGoneFromThisMachine(string holder)
    {
        var prefix = Environment.MachineName + ":";
        if (!holder.StartsWith(prefix, StringComparison.Ordinal)) return false;
        var pidText = holder[prefix.Length..].Split('#')[0];
        if (!int.TryParse(pidText, out var pid) || pid == Environment.ProcessId) return false;
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true; // no such process
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }
}

/// <summary>The `Workers:` settings that cannot work, named at start.</summary>
public sealed class WorkerSettingsCheck : IValidateOptions<WorkerOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkerOptions o)
    {
        var problems = new List<string>();
        if (o.LeaseTime < TimeSpan.FromSeconds(3))
            problems.Add($"Workers:LeaseTime is {o.LeaseTime}: it must be 3 seconds or longer (the lease is renewed every third of it).");
        if (o.PollEvery < TimeSpan.FromMilliseconds(100) || o.PollEvery > TimeSpan.FromHours(1))
            problems.Add($"Workers:PollEvery is {o.PollEvery}: it must be from 00:00:00.100 to one hour.");
        if (o.Sessions.Any(string.IsNullOrWhiteSpace))
            problems.Add("Workers:Sessions has an empty entry: list Instagram usernames (or session labels), or leave it out to use every session.");
        if (o.Name is { } n && n.Length > 0 && string.IsNullOrWhiteSpace(n))
            problems.Add("Workers:Name is blank: give a name, or leave it out for the machine name and process id.");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
