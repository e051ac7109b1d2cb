using Quartz;

namespace InstaIntel.Api.Backups;

/// <summary>The automatic backup, on the Quartz schedule <see cref="BackupOptions.Cron"/> describes; old archives are swept after it.</summary>
[DisallowConcurrentExecution]
public sealed class BackupJob(BackupService backups) : IJob
{
    public const string Name = "daily-backup";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct) => await backups.CreateAsync(ct);
}
