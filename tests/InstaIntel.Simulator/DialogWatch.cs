using System.Collections.Concurrent;

namespace InstaIntel.Simulator;

/// <summary>What each session read of each follower dialog on the web, for <see cref="Detector"/>.</summary>
public sealed class DialogWatch(SimulatorOptions options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<(string Session, long Target, string List), List<PageRead>> dialogs = new();

    /// <summary>Notes a page served; true when the reading so far looks automated.</summary>
    public bool Served(SimSession session, long target, string list, int users)
    {
        var now = clock.GetUtcNow();
        var pages = dialogs.GetOrAdd((session.Id, target, list), _ => []);
        lock (pages)
        {
            pages.RemoveAll(p => now - p.At >= options.Detector.Window);
            pages.Add(new PageRead(now, users));
            return Detector.LooksAutomated(pages, now, options.Detector);
        }
    }

    public void Reset() => dialogs.Clear();
}
