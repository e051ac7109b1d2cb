using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using InstaIntel.Api;
using InstaIntel.Api.Instagram;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.Options;

namespace InstaIntel.Tests.Instagram;

/// <summary>
/// Each surface's request, as the client sends it, against a checked-in golden file (`Golden/*.http`): the method,
/// URL, headers in their order and the body. Values that differ on every run (the tab's web session id, the clock)
/// are fixed by the test or shown as placeholders. A change to what Instagram sees must change a golden file too,
/// with its source in docs/instagram-shapes.md.
/// </summary>
public sealed partial class GoldenRequestTests
{
    private static readonly string Golden = Path.Combine(AppContext.BaseDirectory, "Instagram", "Golden");
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 18, 0, 0, TimeSpan.Zero);

    private static readonly MobileDevice Phone = new("android-0a1b2c3d4e5f6a7b", Guid.Parse("11111111-2222-4333-8444-555555555555"),
        Guid.Parse("66666666-7777-4888-9999-aaaaaaaaaaaa"), Guid.Parse("bbbbbbbb-cccc-4ddd-8eee-ffffffffffff"), Guid.Parse("12121212-3434-4565-8787-909090909090"));

    private static readonly InstagramSession Browser = new("4242%3AfakeSecret%3A27", "fakecsrf", 4242, Device: Phone, Client: SessionClient.Browser,
        Cookies: new Dictionary<string, string> { ["mid"] = "Zm9vYmFyAAE", ["ig_did"] = "0F0F0F0F-AAAA-4BBB-8CCC-DDDDDDDDDDDD", ["datr"] = "fakeDatr", ["wd"] = "1280x720" });

    private static readonly InstagramSession App = new("4242%3AfakeSecret%3A27", DsUserId: 4242, Device: Phone, Client: SessionClient.App);

    [Theory]
    [InlineData("webapi-followers", FollowSource.WebApi, FollowList.Followers, null)]
    [InlineData("webapi-following-page2", FollowSource.WebApi, FollowList.Following, "QVFDfake")]
    [InlineData("mobile-followers", FollowSource.MobileApi, FollowList.Followers, null)]
    [InlineData("mobile-following-page2", FollowSource.MobileApi, FollowList.Following, "QVFDfake")]
    [InlineData("appgraphql-followers", FollowSource.MobileGraphql, FollowList.Followers, null)]
    [InlineData("appgraphql-following-page2", FollowSource.MobileGraphql, FollowList.Following, "QVFDfake")]
    [InlineData("webgraphql-followers", FollowSource.WebGraphql, FollowList.Followers, null)]
    public async Task Each_surface_sends_its_golden_request(string golden, FollowSource source, FollowList list, string? cursor)
    {
        var capture = new Capture(source == FollowSource.WebGraphql ? GraphqlPage : source == FollowSource.MobileGraphql ? AppPage(list) : ListPage);
        var session = source.BelongsTo(SessionClient.App) ? App : Browser;
        await Client(capture).GetPageAsync(source, list, 1001, "fake_target", cursor, session, CancellationToken.None);
        await AssertGoldenAsync(golden, capture);
    }

    [Theory]
    [InlineData("browser-profile", SessionClient.Browser)]
    [InlineData("app-profile", SessionClient.App)]
    public async Task A_profile_is_looked_up_by_the_sessions_own_client(string golden, SessionClient client)
    {
        var capture = new Capture(ProfileAnswer);
        await Client(capture).GetProfileAsync("fake_target", client == SessionClient.App ? App : Browser, CancellationToken.None);
        await AssertGoldenAsync(golden, capture);
    }

    [Fact]
    public async Task A_browser_session_is_never_sent_to_an_app_surface()
    {
        var capture = new Capture(ListPage);
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Client(capture).GetPageAsync(FollowSource.MobileApi, FollowList.Followers, 1001, "fake_target", null, Browser, CancellationToken.None));
        Assert.Null(capture.Sent);
    }

    [Fact]
    public async Task A_retry_of_an_app_request_says_it_is_one()
    {
        var capture = new Capture(ListPage) { FailFirst = true };
        var client = Client(capture, retries: true);
        await client.GetPageAsync(FollowSource.MobileApi, FollowList.Followers, 1001, "fake_target", null, App, CancellationToken.None);
        Assert.Equal(["False", "True"], capture.TigonRetry);
    }

    private static async Task AssertGoldenAsync(string golden, Capture capture)
    {
        var actual = Normalise(await capture.TextAsync());
        var path = Path.Combine(Golden, golden + ".http");
        Assert.True(File.Exists(path), $"No golden file {golden}.http; the request sent was:\n{actual}");
        Assert.Equal((await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n").TrimEnd(), actual.TrimEnd());
    }

    /// <summary>The tab's web session id is random per process; its shape is what is checked.</summary>
    private static string Normalise(string request) => WebSessionId().Replace(request, "<web-session-id>");

    [GeneratedRegex(@"(?<=X-Web-Session-ID: )[a-z0-9]{6}:[a-z0-9]{6}:[a-z0-9]{6}")]
    private static partial Regex WebSessionId();

    private static InstagramClient Client(Capture capture, bool retries = false)
    {
        var options = Options.Create(new InstagramOptions
        {
            Pacing = PacingOptions.Unpaced(),
            TimeZone = "Etc/GMT+5", // a fixed UTC-5, so the app's offset does not follow daylight saving here
            WebBaseUrl = "https://www.instagram.com",
            MobileBaseUrl = "https://i.instagram.com",
        });
        HttpMessageHandler handler = capture;
        if (retries) handler = new RetryOnce(new TigonRetryMarker { InnerHandler = capture });
        return new InstagramClient(new HttpClient(new ZstdDecoding { InnerHandler = handler }), options, new Pacer(new NoLedger(), TimeProvider.System), new SessionGuard(TimeProvider.System),
            new SessionJar(new DemoCredentialStore(), TimeProvider.System), new FixedClock(Now));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>Sends a request a second time when the first attempt met a server error, as the retry pipeline does.</summary>
    private sealed class RetryOnce(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var response = await base.SendAsync(request, ct);
            return (int)response.StatusCode >= 500 ? await base.SendAsync(request, ct) : response;
        }
    }

    private sealed class Capture(string answer) : HttpMessageHandler
    {
        public HttpRequestMessage? Sent { get; private set; }
        public string? Body { get; private set; }
        public bool FailFirst { get; init; }
        public List<string> TigonRetry { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            Sent = request;
            Body = request.Content is null ? null : await request.Content.ReadAsStringAsync(ct);
            if (request.Headers.TryGetValues("X-Tigon-Is-Retry", out var retry)) TigonRetry.Add(retry.Single());
            if (FailFirst && TigonRetry.Count == 1) return new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StringContent("") };
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(answer, Encoding.UTF8, "application/json") };
        }

        public Task<string> TextAsync()
        {
            var request = Sent ?? throw new InvalidOperationException("Nothing was sent.");
            var text = new StringBuilder($"{request.Method} {request.RequestUri} HTTP/{request.Version} (or lower)\n");
            foreach (var header in request.Headers.NonValidated) text.Append($"{header.Key}: {header.Value}\n");
            if (request.Content is { } content)
            {
                foreach (var header in content.Headers.NonValidated) text.Append($"{header.Key}: {header.Value}\n");
                text.Append('\n').Append(string.Join("\n&", Uri.UnescapeDataString(Body!).Split('&'))).Append('\n');
            }
            return Task.FromResult(text.ToString());
        }
    }

    private const string ListPage = """{"users":[{"pk":7,"username":"fake_one","full_name":"Fake One","is_private":false,"is_verified":false}],"next_max_id":null,"big_list":false,"status":"ok"}""";
    private const string GraphqlPage = """{"data":{"user":{"edge_followed_by":{"count":1,"page_info":{"has_next_page":false,"end_cursor":null},"edges":[{"node":{"id":"7","username":"fake_one","full_name":"","is_private":false,"is_verified":false}}]}}},"status":"ok"}""";
    private const string ProfileAnswer = """{"data":{"user":{"id":"1001","username":"fake_target","full_name":"","is_private":false,"is_verified":false,"edge_followed_by":{"count":1},"edge_follow":{"count":1},"followed_by_viewer":false}},"status":"ok"}""";

    private static string AppPage(FollowList list) =>
        $$$"""{"data":{"xdt_api__v1__friendships__{{{(list == FollowList.Followers ? "followers" : "following")}}}":{"users":[{"pk":7,"username":"fake_one","full_name":"","is_private":false,"is_verified":false}],"next_max_id":null,"status":"ok"}},"extensions":{"is_final":true}}""";
}
