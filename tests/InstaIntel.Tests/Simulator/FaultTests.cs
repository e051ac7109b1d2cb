using System.Net;
using InstaIntel.Simulator;
using InstaIntel.Tests.Support;
using static InstaIntel.Tests.Simulator.SimRequests;

namespace InstaIntel.Tests.Simulator;

/// <summary>The fault kinds added for the 2026 answers, each in the shape its source shows, and the older ones unchanged.</summary>
public sealed class FaultTests
{
    [Theory]
    [InlineData(FaultKind.RateLimitError, HttpStatusCode.BadRequest, """{"message":"rate limited","error_type":"rate_limit_error","status":"fail"}""")]
    [InlineData(FaultKind.SentryBlock, HttpStatusCode.BadRequest, """{"message":"Sorry, there was a problem with your request.","error_type":"sentry_block","status":"fail"}""")]
    [InlineData(FaultKind.UseragentMismatch, HttpStatusCode.BadRequest, """{"message":"useragent mismatch","status":"fail"}""")]
    [InlineData(FaultKind.StatusFail, HttpStatusCode.OK, """{"message":"","status":"fail"}""")]
    [InlineData(FaultKind.UnsupportedVersion, HttpStatusCode.BadRequest,
        """{"message":"checkpoint_required","checkpoint_url":"https://www.instagram.com/web/unsupported_version/","lock":false,"flow_render_type":0,"status":"fail"}""")]
    [InlineData(FaultKind.LoggedOut, HttpStatusCode.Forbidden, """{"message":"user_has_logged_out","logout_reason":3,"status":"fail"}""")]
    [InlineData(FaultKind.FeedbackRequired, HttpStatusCode.BadRequest, null)]
    public async Task A_fault_answers_in_its_own_shape_and_only_as_often_as_asked(FaultKind kind, HttpStatusCode status, string? body)
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.InjectAsync(kind, "mobile:/api/v1/friendships/1001/followers/", count: 1);
        using var client = Client(sim.Url);

        var faulted = await client.AskAsync(App("/api/v1/friendships/1001/followers/?count=12", Sessions.Demo));
        var next = await client.AskAsync(App("/api/v1/friendships/1001/followers/?count=12", Sessions.Demo));

        Assert.Equal(status, faulted.Status);
        if (body is not null) AssertJson(body, faulted.Body);
        else Assert.Equal("feedback_required", faulted.Body!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, next.Status);
        Assert.Equal(12, next.Body!["users"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_bare_not_found_is_plain_text()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.InjectAsync(FaultKind.BareNotFound, "webapi:", count: 1);
        using var client = Client(sim.Url);

        using var response = await client.SendAsync(Web("/api/v1/friendships/1001/followers/?count=12", Sessions.Demo));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Not Found", await response.Content.ReadAsStringAsync());
    }
}
