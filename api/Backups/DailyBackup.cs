using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Backups;

/// <summary>
/// The automatic backup, a plain timer until the jobs scheduler lands: runs when the newest archive is older than
/// the interval (so restarts neither skip nor repeat a day), then sleeps until the next one is due.
/// </summary>
public sealed class DailyBackup(BackupService backups, IOptions<BackupOptions> options, TimeProvider clock, ILogger<DailyBackup> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.Interval;
        if (interval <= TimeSpan.Zero) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            var newest = backups.List().FirstOrDefault()?.CreatedAt;
            var wait = newest is null ? TimeSpan.Zero : newest.Value + interval - clock.GetUtcNow().UtcDateTime;
            if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, stoppingToken);
            try
            {
                await backups.CreateAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The automatic backup failed; trying again in an hour");
                await Task.Delay(TimeSpan.FromHours(1), clock, stoppingToken);
            }
        }
    }
}
