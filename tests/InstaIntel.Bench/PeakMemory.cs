namespace InstaIntel.Bench;

/// <summary>Samples a process's resident memory every few milliseconds and keeps the peak above where it started.</summary>
public sealed class PeakMemory : IAsyncDisposable
{
    private readonly int pid;
    private readonly long baseline;
    private readonly CancellationTokenSource sampling = new();
    private readonly Task sampler;
    private long peak;

    private PeakMemory(int pid)
    {
        this.pid = pid;
        baseline = peak = ResidentBytes(pid);
        sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, ResidentBytes(pid));
                await Task.Delay(5);
            }
        });
    }

    /// <summary>Lets the process settle, takes its baseline and starts sampling.</summary>
    public static async Task<PeakMemory> StartAsync(int pid)
    {
        GC.Collect();
        await Task.Delay(500);
        return new PeakMemory(pid);
    }

    public long Growth => Math.Max(peak, ResidentBytes(pid)) - baseline;

    public async ValueTask DisposeAsync()
    {
        sampling.Cancel();
        await sampler;
        sampling.Dispose();
    }

    private static long ResidentBytes(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        return 0;
    }
}
