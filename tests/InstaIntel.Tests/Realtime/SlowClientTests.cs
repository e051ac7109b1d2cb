using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.GraphQL.Transport;
using InstaIntel.Api.Realtime;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static InstaIntel.Tests.Support.GraphQLSocket;

namespace InstaIntel.Tests.Realtime;

/// <summary>A client that stops reading: the publisher never waits for it, and it is closed once its queue overflows.</summary>
public sealed class SlowClientTests
{
    [Fact]
    public async Task A_socket_that_stops_reading_is_closed_with_1013_while_publishing_goes_on_unhindered()
    {
        using var app = AppFactory.With(new() { ["GraphQL:SendQueue"] = "8", ["GraphQL:StuckSendTimeout"] = "00:00:30" });
        using var socket = await GraphQLSocket.ConnectAsync(app.CreateClient().BaseAddress!);
        await SendAsync(socket, """{"type":"connection_init"}""");
        Assert.Equal("connection_ack", (await NextAsync(socket))!["type"]!.GetValue<string>());
        await SendAsync(socket, """{"type":"subscribe","id":"e","payload":{"query":"subscription { crawlEvents { target state error } }"}}""");
        var bus = app.Services.GetRequiredService<IEventBus>();
        var padding = new string('x', 8 * 1024);
        CrawlEvent Event(int n) => new(n, "slow_reader", CrawlStatus.Running, DateTime.UtcNow, padding);

        // Live once an event comes through (cancelling a receive would abort the socket, so one stays pending).
        var first = socket.ReceiveAsync(new byte[64 * 1024], CancellationToken.None);
        for (var tries = 0; !first.IsCompleted && tries < 100; tries++)
        {
            await bus.PublishAsync(Topics.Crawls, Event(0));
            await Task.WhenAny(first, Task.Delay(100));
        }
        Assert.Equal(WebSocketMessageType.Text, (await first).MessageType);

        // About 32 MB unread: more than the loopback connection buffers, so the server's sends stall.
        var publishing = Stopwatch.StartNew();
        for (var n = 1; n <= 4_000; n++) await bus.PublishAsync(Topics.Crawls, Event(n));
        publishing.Stop();
        Assert.True(publishing.Elapsed < TimeSpan.FromSeconds(10), $"Publishing waited on the stalled socket: {publishing.Elapsed}");

        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((await socket.ReceiveAsync(buffer, timeout.Token)).MessageType != WebSocketMessageType.Close) { }
        Assert.Equal(1013, (int?)socket.CloseStatus);
        Assert.Equal((int)CloseCodes.TooSlow, (int?)socket.CloseStatus);
    }

    [Fact]
    public async Task An_event_stream_that_stops_being_read_is_cut_instead_of_completed()
    {
        using var app = AppFactory.With(new() { ["GraphQL:SendQueue"] = "8", ["GraphQL:StuckSendTimeout"] = "00:00:30" });
        using var http = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "subscription { crawlEvents { target state error } }" }),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var bus = app.Services.GetRequiredService<IEventBus>();
        var padding = new string('x', 8 * 1024);

        // Live once an event comes through; then nothing more is read while about 32 MB are published.
        var first = new byte[64 * 1024];
        var read = body.ReadAsync(first).AsTask();
        for (var tries = 0; !read.IsCompleted && tries < 100; tries++)
        {
            await bus.PublishAsync(Topics.Crawls, new CrawlEvent(0, "slow_stream", CrawlStatus.Running, DateTime.UtcNow, padding));
            await Task.WhenAny(read, Task.Delay(100));
        }
        Assert.True(await read > 0);
        var publishing = Stopwatch.StartNew();
        for (var n = 1; n <= 4_000; n++)
            await bus.PublishAsync(Topics.Crawls, new CrawlEvent(n, "slow_stream", CrawlStatus.Running, DateTime.UtcNow, padding));
        Assert.True(publishing.Elapsed < TimeSpan.FromSeconds(10), $"Publishing waited on the stalled stream: {publishing.Elapsed}");

        var text = new StringBuilder();
        var cut = false;
        try
        {
            using var reader = new StreamReader(body);
            var buffer = new char[64 * 1024];
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            for (int got; (got = await reader.ReadAsync(buffer, timeout.Token)) > 0;) text.Append(buffer, 0, got);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            cut = true;
        }
        Assert.True(cut, "The stream was not cut.");
        Assert.DoesNotContain("event: complete", text.ToString());
    }

    [Fact]
    public async Task A_queue_that_fills_drops_what_waits_and_runs_its_overflow_step_once_the_write_in_progress_is_done()
    {
        var started = new TaskCompletionSource();
        var stalled = new TaskCompletionSource();
        var written = new List<int>();
        var overflows = 0;
        await using var queue = new OutboundQueue(capacity: 2, grace: TimeSpan.FromSeconds(30), _ =>
        {
            Interlocked.Increment(ref overflows);
            return Task.CompletedTask;
        });
        Func<CancellationToken, Task> Write(int n) => _ =>
        {
            lock (written) written.Add(n);
            return Task.CompletedTask;
        };

        // The writer takes the first write and hangs in it, as in a send to a client that reads nothing.
        Assert.True(queue.TryEnqueue(async _ =>
        {
            started.SetResult();
            await stalled.Task;
            lock (written) written.Add(1);
        }));
        await started.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(queue.TryEnqueue(Write(2)));
        Assert.True(queue.TryEnqueue(Write(3)));
        Assert.False(queue.Overflowed);
        Assert.False(queue.TryEnqueue(Write(4)));
        Assert.False(queue.TryEnqueue(Write(5)));
        Assert.True(queue.Overflowed);

        stalled.SetResult();
        await queue.Written.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal([1], written);
        Assert.Equal(1, overflows);
    }

    [Fact]
    public async Task A_write_stuck_past_the_grace_after_an_overflow_is_cancelled()
    {
        var overflowed = new TaskCompletionSource();
        await using var queue = new OutboundQueue(capacity: 1, grace: TimeSpan.FromMilliseconds(200), _ =>
        {
            overflowed.SetResult();
            return Task.CompletedTask;
        });
        var started = new TaskCompletionSource();
        queue.TryEnqueue(ct =>
        {
            started.SetResult();
            return Task.Delay(Timeout.Infinite, ct);
        });
        await started.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(queue.TryEnqueue(_ => Task.CompletedTask));
        Assert.False(queue.TryEnqueue(_ => Task.CompletedTask));

        await overflowed.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await queue.Written.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_completed_queue_writes_what_it_holds_and_refuses_more_without_overflowing()
    {
        var written = new List<int>();
        await using var queue = new OutboundQueue(capacity: 4, grace: TimeSpan.FromSeconds(1), _ => throw new InvalidOperationException("not an overflow"));
        Assert.True(queue.TryEnqueue(_ => { written.Add(1); return Task.CompletedTask; }));
        Assert.True(queue.TryEnqueueLast(_ => { written.Add(2); return Task.CompletedTask; }));
        Assert.False(queue.TryEnqueue(_ => { written.Add(3); return Task.CompletedTask; }));
        await queue.Written.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal([1, 2], written);
        Assert.False(queue.Overflowed);
    }
}
