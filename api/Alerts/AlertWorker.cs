using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Alerts;

/// <summary>
/// Runs the <see cref="AlertDispatcher"/> whenever an event is recorded in this process, and every
/// <see cref="AlertOptions.PollEvery"/> for the rest (events from another process, retries, digests); checks the data
/// folder's free space every <see cref="AlertOptions.DiskCheckEvery"/>.
/// </summary>
public sealed class AlertWorker(AlertDispatcher dispatcher, DiskSpaceCheck disk, IOptions<AlertOptions> options, ILogger<AlertWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let the host finish starting
        var nextDiskCheck = DateTime.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (DateTime.UtcNow >= nextDiskCheck)
                {
                    await disk.CheckAsync(stoppingToken);
                    nextDiskCheck = DateTime.UtcNow + options.Value.DiskCheckEvery;
                }
                await dispatcher.RunOnceAsync(stoppingToken);
                await AlertOutbox.WaitAsync(options.Value.PollEvery, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogError(e, "Alert delivery round failed; trying again in {Wait}", options.Value.PollEvery);
                await Task.Delay(options.Value.PollEvery, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}

/// <summary>Records one "disk low" event when free space falls below the rule's threshold, and again at most daily while it stays low.</summary>
public sealed class DiskSpaceCheck(string dataFolder, IServiceScopeFactory scopes, AlertOutbox outbox, TimeProvider clock)
{
    public async Task CheckAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InstaIntelDb>();
        var rules = await db.GlobalAlertRules.AsNoTracking().SingleOrDefaultAsync(ct) ?? new GlobalAlertRules();
        if (rules.DiskLowMiB is not { } threshold) return;
        var freeMiB = new DriveInfo(Path.GetFullPath(dataFolder)).AvailableFreeSpace / (1024 * 1024);
        if (freeMiB >= threshold) return;
        var dayAgo = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        if (await db.AlertOutbox.AnyAsync(e => e.Kind == AlertKind.DiskLow && e.CreatedAt > dayAgo, ct)) return;
        await outbox.RecordAsync(AlertKind.DiskLow,
            $"Only {freeMiB:N0} MiB are free on the disk of the data folder {dataFolder} (the alert is set at {threshold:N0} MiB). Crawls and backups fail when it is full.", ct);
    }
}
