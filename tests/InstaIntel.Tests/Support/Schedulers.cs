using Quartz;

namespace InstaIntel.Tests.Support;

public static class Schedulers
{
    /// <summary>
    /// Waits until no firing is reserved or running on any of the schedulers (with a shared store, on any node of its
    /// cluster). With the triggers' next firings in the future, a job that was going to run again would be listed.
    /// </summary>
    public static async Task IdleAsync(params IScheduler[] schedulers)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await RunningAsync(schedulers) > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "A scheduled job was still reserved or running after 30 s");
            await Task.Delay(25);
        }
    }

    private static async Task<int> RunningAsync(IScheduler[] schedulers) =>
        (await Task.WhenAll(schedulers.Select(s => s.QueryFireInstances(new FireInstanceQuery { State = null }).AsTask()))).Sum(firings => firings.Items.Count);
}
