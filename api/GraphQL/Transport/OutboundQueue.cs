using System.Threading.Channels;

namespace InstaIntel.Api.GraphQL.Transport;

/// <summary>
/// What one connection (a WebSocket or an event stream) has yet to write, written in order by one task. Whoever has
/// something to send (the event bus's thread, a keep-alive timer, the receive loop) queues it and goes on: nobody
/// waits on the network but the writer. The queue holds <c>capacity</c> writes; a client that stops reading fills it,
/// and then the connection overflows: what is still queued is dropped and the owner's overflow step (closing the
/// connection) runs once the write in progress is done. A write still stuck <c>grace</c> after the overflow is
/// cancelled, so a client that never reads again cannot hold the connection open.
/// </summary>
public sealed class OutboundQueue : IAsyncDisposable
{
    private readonly Channel<Func<CancellationToken, Task>> pending;
    private readonly Func<CancellationToken, Task> onOverflow;
    private readonly TimeSpan grace;
    private readonly CancellationTokenSource stop;
    private readonly Task writer;
    private int overflowed;
    private int completed;

    /// <param name="closed">Cancelled when the connection is gone: writes in progress stop and the rest are dropped.</param>
    public OutboundQueue(int capacity, TimeSpan grace, Func<CancellationToken, Task> onOverflow, CancellationToken closed = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        pending = Channel.CreateBounded<Func<CancellationToken, Task>>(
            new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        this.onOverflow = onOverflow;
        this.grace = grace;
        stop = CancellationTokenSource.CreateLinkedTokenSource(closed);
        writer = Task.Run(WriteAllAsync);
    }

    public bool Overflowed => Volatile.Read(ref overflowed) == 1;

    /// <summary>Ends when everything queued is written (or dropped) and the writer has stopped.</summary>
    public Task Written => writer;

    /// <summary>
    /// Queues a write; false when it was dropped because the queue is full (the connection overflows now) or because
    /// the queue was completed.
    /// </summary>
    public bool TryEnqueue(Func<CancellationToken, Task> write)
    {
        if (pending.Writer.TryWrite(write)) return true;
        if (Volatile.Read(ref completed) == 0 && Interlocked.Exchange(ref overflowed, 1) == 0)
        {
            pending.Writer.TryComplete();
            stop.CancelAfter(grace);
        }
        return false;
    }

    /// <summary>Queues a last write (a close) and takes no more after it.</summary>
    public bool TryEnqueueLast(Func<CancellationToken, Task> write)
    {
        var queued = TryEnqueue(write);
        Complete();
        return queued;
    }

    /// <summary>Takes no more writes; the queued ones are still written.</summary>
    public void Complete()
    {
        Volatile.Write(ref completed, 1);
        pending.Writer.TryComplete();
    }

    private async Task WriteAllAsync()
    {
        try
        {
            await foreach (var write in pending.Reader.ReadAllAsync(stop.Token))
            {
                if (Overflowed) break;
                await write(stop.Token);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The connection is gone, or a write was stuck past the grace after an overflow.
        }
        catch (IOException)
        {
            return; // the client has gone: nothing more can be written
        }
        if (!Overflowed) return;
        using var closing = new CancellationTokenSource(grace);
        try
        {
            await onOverflow(closing.Token);
        }
        catch (OperationCanceledException) when (closing.IsCancellationRequested)
        {
            // The client reads nothing at all: the owner's close could not go out either.
        }
    }

    public async ValueTask DisposeAsync()
    {
        Complete();
        await stop.CancelAsync();
        try { await writer; }
        catch (OperationCanceledException) { }
        stop.Dispose();
    }
}
