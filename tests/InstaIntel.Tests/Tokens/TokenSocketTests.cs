using System.Net;
using System.Text.Json.Nodes;
using InstaIntel.Api.Tokens;
using InstaIntel.Tests.Support;
using static InstaIntel.Tests.Support.GraphQLSocket;

namespace InstaIntel.Tests.Tokens;

/// <summary>Tokens on graphql-ws (in connection_init or the upgrade's header) and graphql-sse, and their end on an open socket.</summary>
[Trait("Database", "RunDefault")]
public sealed class TokenSocketTests
{
    private const string Query = """{"id":"1","type":"subscribe","payload":{"query":"{ accounts(first: 1) { totalCount } }"}}""";

    private static string Init(string secret) => new JsonObject { ["type"] = "connection_init", ["payload"] = new JsonObject { ["Authorization"] = "Bearer " + secret } }.ToJsonString();

    private static async Task<string?> TypeOfNextAsync(System.Net.WebSockets.WebSocket socket) => (await NextAsync(socket))?["type"]?.GetValue<string>();

    [Fact]
    public async Task A_token_in_connection_init_or_in_the_upgrade_header_opens_a_socket()
    {
        using var world = new TokenWorld();
        var (_, secret) = await world.CreateAsync(TokenScope.Read);

        using var byInit = await world.ConnectAsync();
        await SendAsync(byInit, Init(secret));
        Assert.Equal("connection_ack", await TypeOfNextAsync(byInit));
        await SendAsync(byInit, Query);
        Assert.Equal(0, (await NextAsync(byInit))!["payload"]!["data"]!["accounts"]!["totalCount"]!.GetValue<int>());

        using var byHeader = await world.ConnectAsync(headerSecret: secret);
        await SendAsync(byHeader, """{"type":"connection_init"}""");
        Assert.Equal("connection_ack", await TypeOfNextAsync(byHeader));
        await SendAsync(byHeader, Query);
        Assert.Equal("next", await TypeOfNextAsync(byHeader));
    }

    [Fact]
    public async Task A_socket_without_a_good_token_is_closed_with_4401_and_a_missing_scope_is_an_error()
    {
        using var world = new TokenWorld();
        foreach (var init in new[] { """{"type":"connection_init"}""", Init("ii_wrong"), """{"type":"connection_init","payload":{"Authorization":"Basic abc"}}""" })
        {
            using var socket = await world.ConnectAsync();
            await SendAsync(socket, init);
            Assert.Equal(4401, await ClosedWithAsync(socket));
        }
        using (var early = await world.ConnectAsync())
        {
            await SendAsync(early, Query); // no connection_init: nothing runs
            Assert.Equal(4401, await ClosedWithAsync(early));
        }

        var (_, crawl) = await world.CreateAsync(TokenScope.Crawl);
        using var crawler = await world.ConnectAsync();
        await SendAsync(crawler, Init(crawl));
        Assert.Equal("connection_ack", await TypeOfNextAsync(crawler));
        await SendAsync(crawler, """{"id":"2","type":"subscribe","payload":{"query":"subscription { crawlEvents { __typename } }"}}""");
        var error = await NextAsync(crawler);
        Assert.Equal("error", error!["type"]!.GetValue<string>());
        Assert.Equal("read", error["payload"]![0]!["extensions"]!["scope"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_open_socket_closes_with_4403_once_its_token_is_revoked_and_4401_once_it_expires()
    {
        var clock = new ShiftedClock(DateTimeOffset.UtcNow);
        using var world = new TokenWorld(clock: clock);
        var (revokedToken, revoked) = await world.CreateAsync(TokenScope.Read);
        var (_, expiring) = await world.Tokens.CreateAsync("an hour", [TokenScope.Read], DateTime.UtcNow.AddHours(1), CancellationToken.None);

        using var first = await world.ConnectAsync();
        await SendAsync(first, Init(revoked));
        Assert.Equal("connection_ack", await TypeOfNextAsync(first));
        using var second = await world.ConnectAsync(headerSecret: expiring);
        await SendAsync(second, """{"type":"connection_init"}""");
        Assert.Equal("connection_ack", await TypeOfNextAsync(second));

        await world.Tokens.RevokeAsync(revokedToken.Id, CancellationToken.None);
        await SendAsync(first, """{"type":"ping"}""");
        Assert.Equal(4403, await ClosedWithAsync(first));

        clock.Set(DateTimeOffset.UtcNow.AddHours(2));
        await SendAsync(second, """{"type":"ping"}""");
        Assert.Equal(4401, await ClosedWithAsync(second));
    }

    [Fact]
    public async Task An_event_stream_ends_with_an_error_event_as_soon_as_its_token_is_revoked()
    {
        using var world = new TokenWorld();
        var (token, secret) = await world.CreateAsync(TokenScope.Read);
        using var stream = await world.PostAsync("subscription { crawlEvents { __typename } }", secret, accept: "text/event-stream");
        Assert.Equal(HttpStatusCode.OK, stream.StatusCode);

        await world.Tokens.RevokeAsync(token.Id, CancellationToken.None);
        var events = await stream.Content.ReadAsStringAsync().WaitAsync(TimeSpan.FromSeconds(8));
        Assert.Contains("\"code\":\"TOKEN_REVOKED\"", events);
        Assert.EndsWith("event: complete\ndata: \n\n", events);
    }

    [Fact]
    public async Task Graphql_sse_takes_the_token_and_its_scopes()
    {
        using var world = new TokenWorld();
        var (_, read) = await world.CreateAsync(TokenScope.Read);
        var (_, crawl) = await world.CreateAsync(TokenScope.Crawl);

        using var stream = await world.PostAsync("subscription { crawlEvents { __typename } }", read, accept: "text/event-stream");
        Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType!.MediaType);

        using var refused = await world.PostAsync("subscription { crawlEvents { __typename } }", crawl, accept: "text/event-stream");
        Assert.Contains(ScopeRule.Code, await refused.Content.ReadAsStringAsync());

        using var wrong = await world.PostAsync("subscription { crawlEvents { __typename } }", "ii_nope", accept: "text/event-stream");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }
}
