namespace InstaIntel.Api.Ingest;

/// <summary>
/// How a completion cuts its work and whom it tells as it goes. The app runs with the defaults; tests make SQLite's
/// chunks small and fixed and stop the process between two, the bench prints each step.
/// </summary>
public sealed record CompletionOptions
{
    /// <summary>Rows a step of SQLite's completion writes in its first transaction; later ones are sized to take about <see cref="ChunkTime"/>.</summary>
    public int ChunkRows { get; init; } = 5_000;

    /// <summary>
    /// How long one of SQLite's short transactions should hold the writer: another writer waits at most about this.
    /// Null keeps every chunk at <see cref="ChunkRows"/> with no pause between them.
    /// </summary>
    public TimeSpan? ChunkTime { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Runs after each of SQLite completion's short transactions.</summary>
    public Func<CancellationToken, Task> AfterChunk { get; init; } = _ => Task.CompletedTask;

    /// <summary>Told how long each step of a completion took, and the longest transaction it held (SQLite's; zero on PostgreSQL).</summary>
    public Action<string, TimeSpan, TimeSpan> OnStep { get; init; } = (_, _, _) => { };
}
