using System.Data.Common;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Followers;

namespace InstaIntel.Api.Ingest;

/// <summary>
/// The steps of one crawl's completion, in the order <see cref="IngestService.CompleteAsync"/> runs them on either
/// database. Both keep one plan: every profile listed is Seen (present before), New (its list had a succeeded crawl
/// before) or Baseline; every present one not listed is Lost, unless the list was read head-only, which carries them
/// over. Nothing a reader sees changes before <see cref="FinishAsync"/>: SQLite writes ahead what its views hide
/// (<see cref="ChunkedCompletion"/>), PostgreSQL holds it all in one transaction (<see cref="PostgresCompletion"/>).
/// Disposing ends whatever the completion holds, finished or not.
/// </summary>
internal interface ICompletionSteps : IAsyncDisposable
{
    Crawl Crawl { get; }

    /// <summary>Drops what an interrupted attempt logged under this crawl, so the plan starts again from the staged rows.</summary>
    Task ForgetEarlierAttemptAsync(CancellationToken ct);

    /// <summary>Upserts each profile the crawl staged, the later row winning where it was staged twice.</summary>
    Task MergeProfilesAsync(DateTime now, CancellationToken ct);

    /// <summary>Moves archive people known only by username onto the profiles this crawl found for them.</summary>
    Task AdoptUsernameOnlyAsync(CancellationToken ct);

    /// <summary>Works out each list's delta: who is Seen, New, Baseline or Lost.</summary>
    Task<Dictionary<FollowList, ListDelta>> PlanAsync(CancellationToken ct);

    /// <summary>Writes the change log rows of the plan under the crawl's id.</summary>
    Task LogChangesAsync(CancellationToken ct);

    /// <summary>Writes the edges of the plan that readers may not see before the status flips.</summary>
    Task WriteEdgesAsync(CancellationToken ct);

    /// <summary>The last transaction: the rest of the plan, then <paramref name="markSucceeded"/> (the status flip), committed together.</summary>
    Task FinishAsync(Func<DbConnection, DbTransaction, Task> markSucceeded, CancellationToken ct);

    /// <summary>After the status flip: the crawl's staged rows and its plan go.</summary>
    Task CleanUpAsync(CancellationToken ct);

    /// <summary>The longest a transaction of the steps since the last call held the writer, or zero where none is told apart.</summary>
    TimeSpan TakeLongestTransaction();
}

/// <summary>One list's counts as a completion leaves them: present after it, new, and lost.</summary>
internal sealed record ListDelta(int Total, int New, int Lost);
