using Quartz;

namespace InstaIntel.Api.Counts;

/// <summary>The daily counts read on its Quartz schedule; a run missed while the app was down fires once when it is back.</summary>
[DisallowConcurrentExecution]
public sealed class CountsJob(IServiceScopeFactory scopes) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CountsReader>().RunAsync(spread: true, ct);
    }
}
