using System.Net;
using InstaIntel.Simulator;
using InstaIntel.Tests.Support;
using static InstaIntel.Tests.Simulator.SimRequests;

namespace InstaIntel.Tests.Simulator;

/// <summary>The values Instagram hands back to its clients: cookies on the web, `ig-set-*` headers in the app.</summary>
public sealed class EchoTests
{
    private static string Cookie(HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(name + "="))[(name.Length + 1)..];

    [Fact]
    public async Task Web_answers_renew_the_csrftoken_now_and_then_and_the_rur_every_time()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = Client(sim.Url);
        var tokens = new List<string>();
        var rurs = new List<string>();
        for (var i = 0; i < 120; i++)
        {
            using var response = await client.SendAsync(Web("/api/v1/users/web_profile_info/?username=demo_small", Sessions.Outsider));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("hmac.AR3simulatedclaim", Assert.Single(response.Headers.GetValues("x-ig-set-www-claim")));
            tokens.Add(Cookie(response, "csrftoken"));
            rurs.Add(Cookie(response, "rur"));
        }

        Assert.Equal(3, tokens.Distinct().Count()); // renewed at the 50th and the 100th answer
        Assert.Equal(tokens[0], tokens[48]);
        Assert.NotEqual(tokens[48], tokens[49]);
        Assert.Equal(120, rurs.Distinct().Count());
    }

    [Fact]
    public async Task App_answers_change_the_rur_and_hand_out_a_machine_id_only_to_an_app_without_one()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = Client(sim.Url);

        using var first = await client.SendAsync(App("/api/v1/friendships/1001/followers/?count=12", Sessions.Demo));
        var mid = Assert.Single(first.Headers.GetValues("ig-set-x-mid"));
        var withMid = App("/api/v1/friendships/1001/followers/?count=12", Sessions.Demo);
        withMid.Headers.Add("X-MID", mid);
        using var second = await client.SendAsync(withMid);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(second.Headers.Contains("ig-set-x-mid"));
        Assert.NotEqual(Assert.Single(first.Headers.GetValues("ig-set-ig-u-rur")), Assert.Single(second.Headers.GetValues("ig-set-ig-u-rur")));
        Assert.Equal(0, (await sim.StatsAsync())["midMismatches"]!.GetValue<int>());
    }

    [Fact]
    public async Task Another_machine_id_than_the_one_handed_out_is_recorded_not_refused()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = Client(sim.Url);
        using var first = await client.SendAsync(App("/api/v1/friendships/1001/followers/?count=12", Sessions.Demo));
        Assert.True(first.Headers.Contains("ig-set-x-mid"));

        var other = App("/api/v1/friendships/1001/followers/?count=12", Sessions.Demo);
        other.Headers.Add("X-MID", "aSomeoneElsesMid");
        var (status, _) = await client.AskAsync(other);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, (await sim.StatsAsync())["midMismatches"]!.GetValue<int>());
    }
}
