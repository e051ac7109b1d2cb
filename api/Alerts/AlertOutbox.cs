using System.Data.Common;
using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Alerts;

/// <summary>
/// Writes events into the outbox. A crawl's end is written inside the transaction that ends it
/// (<see cref="CrawlEnded"/>, handed to the ingest step by CrawlService); other events are written on their own or
/// with the change they report. Each write wakes the delivery worker of this process.
/// </summary>
public sealed class AlertOutbox(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AlertOutbox> log)
{
    private static readonly SemaphoreSlim wake = new(0, int.MaxValue);

    /// <summary>The step that records "crawl <paramref name="crawlId"/> ended" in the transaction that ends it.</summary>
    public static Func<DbTransaction, CancellationToken, Task> CrawlEnded(long crawlId, TimeProvider clock) => async (tx, ct) =>
    {
        await using var insert = tx.Connection!.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = """
            INSERT INTO alert_outbox (kind, account_id, crawl_id, created_at, notified)
            SELECT 'CrawlEnded', account_id, id, @now, @notified FROM crawls WHERE id = @id
            """;
        insert.AddParameter("@now", clock.GetUtcNow().UtcDateTime);
        insert.AddParameter("@notified", false);
        insert.AddParameter("@id", crawlId);
        await insert.ExecuteNonQueryAsync(ct);
        WakeSoon(); // the caller commits right after this step
    };

    /// <summary>Adds an event to a context whose SaveChanges also saves the change it reports.</summary>
    public static void Add(InstaIntelDb db, AlertKind kind, string detail, DateTime now)
    {
        db.AlertOutbox.Add(new AlertEvent { Kind = kind, Detail = detail, CreatedAt = now });
        WakeSoon();
    }

    /// <summary>
    /// Records an event on its own. It reports a failure elsewhere (a backup, the disk), so a database that cannot
    /// take it is logged, not thrown over the failure being reported.
    /// </summary>
    public async Task RecordAsync(AlertKind kind, string detail, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<InstaIntelDb>();
            Add(db, kind, detail, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException or IOException)
        {
            log.LogError(e, "The {Kind} alert could not be recorded", kind);
        }
    }

    public static void Wake() => wake.Release();

    private static void WakeSoon() => _ = Task.Delay(TimeSpan.FromMilliseconds(250)).ContinueWith(_ => Wake(), TaskScheduler.Default);

    /// <summary>Waits until an event is recorded in this process or <paramref name="timeout"/> passes.</summary>
    internal static async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        if (await wake.WaitAsync(timeout, ct))
            while (wake.CurrentCount > 0) await wake.WaitAsync(0, ct); // one round serves every wake so far
    }
}
