using InstaIntel.Api.Instagram;
using InstaIntel.Simulator;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Pacing;

[Trait("Database", "RunDefault")]
public sealed class PacingMutationTests
{
    private const string SetPacing = """
        mutation($id: ID!, $m: Int, $h: Int, $d: Int) { setSessionPacing(input: { id: $id, requestsPerMinute: $m, requestsPerHour: $h, dailyCap: $d }) {
          session { id pacing { requestsPerMinute requestsPerHour dailyCap usedToday ceilings { requestsPerMinute requestsPerHour dailyCap } } }
          errors { __typename ... on Error { message } } } }
        """;

    private static async Task<(AppFactory App, string Id)> AppWithSessionAsync()
    {
        var app = AppFactory.With(new() { ["Instagram:Pacing:RequestsPerMinute"] = "6", ["Instagram:Pacing:RequestsPerHour"] = "390", ["Instagram:Pacing:DailyCap"] = "2000" });
        await app.Services.GetRequiredService<ICredentialStore>().SaveSessionAsync(new InstagramSession(Sessions.Demo, "csrf", 9_001), CancellationToken.None);
        var id = (await app.GraphQL().DataAsync("{ instagramSessions { id } }"))["instagramSessions"]![0]!["id"]!.GetValue<string>();
        return (app, id);
    }

    [Fact]
    public async Task Values_above_the_settings_are_lowered_to_them_and_the_ledger_applies_the_rest_at_the_next_request()
    {
        var (app, id) = await AppWithSessionAsync();
        using var _ = app;

        var set = (await app.GraphQL().DataAsync(SetPacing, new { id, m = 60, h = 100, d = 2 }))["setSessionPacing"]!;
        Assert.Null(set["errors"]);
        var pacing = set["session"]!["pacing"]!;
        Assert.Equal((6, 100, 2), (pacing["requestsPerMinute"]!.GetValue<int>(), pacing["requestsPerHour"]!.GetValue<int>(), pacing["dailyCap"]!.GetValue<int>()));
        Assert.Equal((6, 390, 2000), (pacing["ceilings"]!["requestsPerMinute"]!.GetValue<int>(), pacing["ceilings"]!["requestsPerHour"]!.GetValue<int>(),
            pacing["ceilings"]!["dailyCap"]!.GetValue<int>()));

        var ledger = app.Services.GetRequiredService<IRequestLedger>();
        for (var i = 0; i < 2; i++) await ledger.ReserveAsync(id, FollowSource.WebApi, CancellationToken.None);
        await Assert.ThrowsAsync<RateLimitedException>(() => ledger.ReserveAsync(id, FollowSource.WebApi, CancellationToken.None));
        var used = (await app.GraphQL().DataAsync("{ instagramSessions { pacing { usedToday } } }"))["instagramSessions"]![0]!["pacing"]!["usedToday"]!.GetValue<int>();
        Assert.Equal(2, used);

        var back = (await app.GraphQL().DataAsync(SetPacing, new { id }))["setSessionPacing"]!["session"]!["pacing"]!;
        Assert.Equal(2000, back["dailyCap"]!.GetValue<int>()); // left out: the setting again
    }

    [Fact]
    public async Task Negative_values_and_unknown_sessions_are_refused_with_what_to_do()
    {
        var (app, id) = await AppWithSessionAsync();
        using var _ = app;

        var negative = (await app.GraphQL().DataAsync(SetPacing, new { id, m = -1, d = 0 }))["setSessionPacing"]!;
        Assert.Null(negative["session"]);
        Assert.Equal(["requestsPerMinute is -1: it must be 1 or more. To follow the server's setting instead, leave it out.",
            "dailyCap is 0: it must be 1 or more. To follow the server's setting instead, leave it out."],
            negative["errors"]!.AsArray().Select(e => e!["message"]!.GetValue<string>()));
        Assert.Equal("InvalidPacingError", negative["errors"]![0]!["__typename"]!.GetValue<string>());
        var unchanged = (await app.GraphQL().DataAsync("{ instagramSessions { pacing { requestsPerMinute } } }"))["instagramSessions"]![0]!["pacing"]!;
        Assert.Equal(6, unchanged["requestsPerMinute"]!.GetValue<int>());

        var unknown = (await app.GraphQL().DataAsync(SetPacing, new { id = "nope", m = 3 }))["setSessionPacing"]!;
        Assert.Equal("InvalidSessionError", unknown["errors"]![0]!["__typename"]!.GetValue<string>());
    }
}
