using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using InstaIntel.Tests.Support;
using static InstaIntel.Tests.Support.GraphQLSocket;

namespace InstaIntel.Tests.Realtime;

/// <summary>graphql-transport-ws over a real socket: the handshake, operations, and every close code a client can earn.</summary>
public sealed class WebSocketProtocolTests(WebSocketProtocolTests.App app) : IClassFixture<WebSocketProtocolTests.App>
{
    public sealed class App : IDisposable
    {
        public AppFactory Factory { get; } = AppFactory.With(new() { ["GraphQL:ConnectionInitTimeout"] = "00:00:02", ["GraphQL:MaxOperationsPerSocket"] = "2" });
        public void Dispose() => Factory.Dispose();
    }

    private Task<ClientWebSocket> ConnectAsync(string? protocol = "graphql-transport-ws") =>
        GraphQLSocket.ConnectAsync(app.Factory.CreateClient().BaseAddress!, protocol);

    private async Task<ClientWebSocket> AcknowledgedAsync()
    {
        var socket = await ConnectAsync();
        await SendAsync(socket, """{"type":"connection_init"}""");
        Assert.Equal("connection_ack", (await NextAsync(socket))!["type"]!.GetValue<string>());
        return socket;
    }

    [Fact]
    public async Task A_query_over_the_socket_gets_one_next_then_complete()
    {
        using var socket = await AcknowledgedAsync();
        await SendAsync(socket, """{"type":"subscribe","id":"q1","payload":{"query":"{ dashboard { trackedAccounts } }"}}""");
        var next = await NextAsync(socket);
        Assert.Equal(("next", "q1"), (next!["type"]!.GetValue<string>(), next["id"]!.GetValue<string>()));
        Assert.NotNull(next["payload"]!["data"]!["dashboard"]);
        Assert.Equal("complete", (await NextAsync(socket))!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ping_is_answered_with_pong_echoing_its_payload()
    {
        using var socket = await AcknowledgedAsync();
        await SendAsync(socket, """{"type":"ping","payload":{"n":7}}""");
        var pong = await NextAsync(socket);
        Assert.Equal("""{"type":"pong","payload":{"n":7}}""", pong!.ToJsonString());
    }

    [Fact]
    public async Task An_invalid_document_gets_an_error_message_and_the_socket_stays_open()
    {
        using var socket = await AcknowledgedAsync();
        await SendAsync(socket, """{"type":"subscribe","id":"bad","payload":{"query":"subscription { nope }"}}""");
        var error = await NextAsync(socket);
        Assert.Equal("error", error!["type"]!.GetValue<string>());
        Assert.Contains("nope", error["payload"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(WebSocketState.Open, socket.State);
    }

    [Fact]
    public async Task A_subscription_for_an_ended_crawl_sends_its_final_state_and_completes()
    {
        var account = await app.Factory.AddAccountAsync("ws_ended");
        var crawl = await app.Factory.CrawlAsync(account.Id, People.Range(1, 3));
        using var socket = await AcknowledgedAsync();
        var id = Api.GraphQL.Relay.GlobalId.Encode("Crawl", crawl.Id);
        var subscribe = new JsonObject
        {
            ["type"] = "subscribe",
            ["id"] = "s",
            ["payload"] = new JsonObject
            {
                ["query"] = "subscription($id: ID!) { crawlProgress(crawlId: $id) { state fetched percent } }",
                ["variables"] = new JsonObject { ["id"] = id },
            },
        };
        await SendAsync(socket, subscribe.ToJsonString());
        var next = await NextAsync(socket);
        Assert.Equal("""{"state":"SUCCEEDED","fetched":3,"percent":100}""", next!["payload"]!["data"]!["crawlProgress"]!.ToJsonString());
        Assert.Equal("complete", (await NextAsync(socket))!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Too_many_live_operations_get_an_error()
    {
        using var socket = await AcknowledgedAsync();
        for (var i = 0; i < 2; i++)
            await SendAsync(socket, $$$"""{"type":"subscribe","id":"e{{{i}}}","payload":{"query":"subscription { crawlEvents { state } }"}}""");
        await SendAsync(socket, """{"type":"subscribe","id":"e3","payload":{"query":"subscription { crawlEvents { state } }"}}""");
        var error = await NextAsync(socket);
        Assert.Equal(("error", "e3"), (error!["type"]!.GetValue<string>(), error["id"]!.GetValue<string>()));
        Assert.Equal("TOO_MANY_OPERATIONS", error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task No_subprotocol_closes_with_4406() =>
        Assert.Equal(4406, await ClosedWithAsync(await ConnectAsync(protocol: null)));

    [Fact]
    public async Task No_connection_init_in_time_closes_with_4408() =>
        Assert.Equal(4408, await ClosedWithAsync(await ConnectAsync()));

    [Fact]
    public async Task Subscribing_before_the_ack_closes_with_4401()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, """{"type":"subscribe","id":"1","payload":{"query":"{ __typename }"}}""");
        Assert.Equal(4401, await ClosedWithAsync(socket));
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        using var socket = await AcknowledgedAsync();
        await SendAsync(socket, """{"type":"connection_init"}""");
        Assert.Equal(4429, await ClosedWithAsync(socket));
    }

    [Fact]
    public async Task A_duplicate_operation_id_closes_with_4409()
    {
        using var socket = await AcknowledgedAsync();
        await SendAsync(socket, """{"type":"subscribe","id":"dup","payload":{"query":"subscription { crawlEvents { state } }"}}""");
        await SendAsync(socket, """{"type":"subscribe","id":"dup","payload":{"query":"subscription { crawlEvents { state } }"}}""");
        Assert.Equal(4409, await ClosedWithAsync(socket));
    }

    [Theory]
    [InlineData("""{"type":"shout"}""")]
    [InlineData("""not json""")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ __typename }"}}""")]
    [InlineData("""{"type":"subscribe","id":"x","payload":{"nothing":1}}""")]
    public async Task Invalid_messages_close_with_4400(string message)
    {
        using var socket = await AcknowledgedAsync();
        await SendAsync(socket, message);
        Assert.Equal(4400, await ClosedWithAsync(socket));
    }

    [Fact]
    public async Task A_message_over_64_KiB_closes_with_1009()
    {
        using var socket = await AcknowledgedAsync();
        await SendAsync(socket, $$$"""{"type":"ping","payload":{"pad":"{{{new string('x', 70_000)}}}"}}""");
        Assert.Equal(1009, await ClosedWithAsync(socket));
    }
}
