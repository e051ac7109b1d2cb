using Quartz;

namespace InstaIntel.Api.Jobs;

[DisallowConcurrentExecution]
public sealed class DailyRefreshJob(IServiceScopeFactory scopes, ILogger<DailyRefreshJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var queued = await scope.ServiceProvider.GetRequiredService<RefreshService>().RunAsync(ct);
        log.LogInformation("Daily refresh queued {Count} crawls", queued.Count);
    }
}
