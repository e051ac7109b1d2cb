using System.Net;
using InstaIntel.Simulator;
using InstaIntel.Tests.Support;
using static InstaIntel.Tests.Simulator.SimRequests;

namespace InstaIntel.Tests.Simulator;

/// <summary>Paging as Instagram pages: a count above the cap is refused, cursors are opaque, a limited list stops short.</summary>
public sealed class PagingTests
{
    [Theory]
    [InlineData("webapi", 50, HttpStatusCode.OK)]
    [InlineData("webapi", 51, HttpStatusCode.BadRequest)]
    [InlineData("mobile", 200, HttpStatusCode.OK)]
    [InlineData("mobile", 350, HttpStatusCode.BadRequest)]
    [InlineData("mobile", 0, HttpStatusCode.BadRequest)]
    public async Task A_count_above_the_surface_cap_is_refused_not_clamped(string surface, int count, HttpStatusCode expected)
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = Client(sim.Url);
        var path = $"/api/v1/friendships/1001/followers/?count={count}";

        var (status, body) = await client.AskAsync(surface == "mobile" ? App(path, Sessions.Demo) : Web(path, Sessions.Demo));

        Assert.Equal(expected, status);
        if (expected == HttpStatusCode.OK) Assert.Equal(count, body!["users"]!.AsArray().Count);
        else AssertJson("""{"message":"Invalid count","status":"fail"}""", body);
    }

    [Theory]
    [InlineData("webapi")]
    [InlineData("mobile")]
    public async Task Cursors_are_opaque_QVF_values_that_walk_the_whole_list(string surface)
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = Client(sim.Url);
        var seen = new List<long>();
        string? cursor = null;
        do
        {
            var path = "/api/v1/friendships/1001/followers/?count=50" + (cursor is null ? "" : $"&max_id={Uri.EscapeDataString(cursor)}");
            var (status, body) = await client.AskAsync(surface == "mobile" ? App(path, Sessions.Demo) : Web(path, Sessions.Demo));
            Assert.Equal(HttpStatusCode.OK, status);
            seen.AddRange(body!["users"]!.AsArray().Select(u => u!["pk"]!.GetValue<long>()));
            cursor = body["next_max_id"]?.GetValue<string>();
            if (cursor is null) continue;
            Assert.StartsWith("QVF", cursor);
            Assert.False(long.TryParse(cursor, out _));
        } while (cursor is not null);

        Assert.Equal(1_200, seen.Count);
        Assert.Equal(1_200, seen.Distinct().Count());
    }

    [Theory]
    [InlineData("300")]
    [InlineData("QVFnot-a-cursor")]
    public async Task A_max_id_the_simulator_did_not_hand_out_is_refused(string maxId)
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = Client(sim.Url);

        var (status, body) = await client.AskAsync(Web($"/api/v1/friendships/1001/followers/?count=12&max_id={maxId}", Sessions.Demo));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("fail", body!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_limited_list_answers_a_short_page_with_no_next_page()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.InjectAsync(FaultKind.ListLimited, "webapi:", count: 1);
        using var client = Client(sim.Url);

        var (status, body) = await client.AskAsync(Web("/api/v1/friendships/1001/followers/?count=50", Sessions.Demo));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body!["should_limit_list_of_followers"]!.GetValue<bool>());
        Assert.InRange(body["users"]!.AsArray().Count, 1, 49);
        Assert.Null(body["next_max_id"]);
    }

    [Fact]
    public async Task A_fault_can_still_name_the_offset_an_opaque_cursor_stands_for()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.InjectAsync(FaultKind.ServerError, "webapi:/api/v1/friendships/1001/followers/?count=50&max_id=100", count: 1);
        using var client = Client(sim.Url);
        var statuses = new List<HttpStatusCode>();
        string? cursor = null;
        for (var i = 0; i < 3; i++)
        {
            var (status, body) = await client.AskAsync(Web("/api/v1/friendships/1001/followers/?count=50" + (cursor is null ? "" : $"&max_id={Uri.EscapeDataString(cursor)}"), Sessions.Demo));
            statuses.Add(status);
            if (status != HttpStatusCode.OK) break;
            cursor = body!["next_max_id"]!.GetValue<string>();
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.InternalServerError], statuses);
    }
}
