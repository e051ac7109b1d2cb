namespace InstaIntel.Api.Ingest;

/// <summary>
/// Rows per chunk, steered after each one towards <paramref name="target"/> per transaction: a row costs more in some
/// steps than others (a random index, the search index) and more on a busy machine, and few large chunks write each
/// page of a randomly ordered index fewer times than many small ones. Without a target the size stays put (tests).
/// </summary>
internal sealed class ChunkSize(int rows, TimeSpan? target)
{
    private readonly int firstRows = rows;

    public int Rows { get; private set; } = rows;

    private TimeSpan lastHeld;
    private TimeSpan longest;

    /// <summary>Starts a step at the first chunk's size again: the size tuned to the step before fits this one's rows no better.</summary>
    public void StartStep() => Rows = firstRows;

    /// <summary>
    /// Left between two chunks for other writers: as long as the last chunk held the writer, at most 110 ms. A writer
    /// that began waiting during it sleeps no longer than it has waited (SQLite's busy handler backs off 1, 2, 5 … 100 ms).
    /// </summary>
    public TimeSpan Pause => target is null ? TimeSpan.Zero : TimeSpan.FromTicks(Math.Min(lastHeld.Ticks, TimeSpan.FromMilliseconds(110).Ticks));

    /// <summary>The longest a chunk held the writer since the last read of this (the bench prints it per step).</summary>
    public TimeSpan TakeLongest()
    {
        var held = longest;
        longest = TimeSpan.Zero;
        return held;
    }

    public void Took(TimeSpan held)
    {
        lastHeld = held;
        if (held > longest) longest = held;
        if (target is not { } t || held <= TimeSpan.Zero) return;
        var factor = Math.Clamp(t / held, 0.5, 2);
        Rows = (int)Math.Clamp(Rows * factor, 500, 500_000);
    }
}
