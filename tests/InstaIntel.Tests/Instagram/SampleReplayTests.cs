using System.Net;
using System.Text;
using InstaIntel.Api;
using InstaIntel.Api.Instagram;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.Options;

namespace InstaIntel.Tests.Instagram;

/// <summary>
/// Every recorded Instagram response shape (Instagram/Samples, sourced in docs/instagram-shapes.md) through the real
/// client: success shapes parse to the right rows, failure shapes become the right typed error.
/// </summary>
public sealed class SampleReplayTests
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "Instagram", "Samples");
    private static readonly InstagramSession Session = new("1%3Aabc", "csrf", 1, Device: MobileDevice.New());
    private static readonly InstagramSession AppSession = Session with { Client = SessionClient.App };

    /// <summary>The session of the client each surface belongs to.</summary>
    private static InstagramSession SessionFor(FollowSource source) => source.BelongsTo(SessionClient.App) ? AppSession : Session;

    /// <summary>Answers every request with one sample file: a recording played back, not a model of Instagram.</summary>
    private sealed class Replay(HttpStatusCode status, string file) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct) =>
            Task.FromResult(new HttpResponseMessage(status)
            {
                Content = new StringContent(File.ReadAllText(Path.Combine(Samples, file)), Encoding.UTF8, "application/json"),
            });
    }

    /// <summary>Replayed answers cost nothing: every request may go at once.</summary>
    private static InstagramClient Client(string file, HttpStatusCode status = HttpStatusCode.OK)
    {
        var options = Options.Create(new InstagramOptions { Pacing = PacingOptions.Unpaced() });
        return new InstagramClient(new HttpClient(new Replay(status, file)), options, new Pacer(new NoLedger(), TimeProvider.System), new SessionGuard(TimeProvider.System),
            new SessionJar(new DemoCredentialStore(), TimeProvider.System), TimeProvider.System);
    }

    [Fact]
    public void Every_sample_is_covered_here()
    {
        var covered = typeof(SampleReplayTests).GetMethods().SelectMany(m => m.GetCustomAttributes(typeof(InlineDataAttribute), false))
            .Cast<InlineDataAttribute>().SelectMany(a => a.GetData(null!).SelectMany(d => d)).OfType<string>().Where(s => s.EndsWith(".json")).ToHashSet();
        covered.UnionWith(["web_profile_info.json", "web_profile_info_user_null.json", "mobile_followers_limited.json"]);
        var files = Directory.GetFiles(Samples, "*.json").Select(f => Path.GetFileName(f)).ToList();
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Contains(f, covered));
    }

    [Fact]
    public async Task Profile_info_gives_id_counts_and_flags()
    {
        var profile = await Client("web_profile_info.json").GetProfileAsync("x", Session, CancellationToken.None);
        Assert.True(profile.Pk > 0);
        Assert.True(profile.FollowerCount == 13 && profile.FollowingCount == 11, $"{profile.FollowerCount}/{profile.FollowingCount}");
        Assert.False(string.IsNullOrEmpty(profile.Username));
    }

    [Fact]
    public async Task A_profile_lookup_with_no_user_is_not_found()
    {
        await Assert.ThrowsAsync<UserNotFoundException>(() => Client("web_profile_info_user_null.json").GetProfileAsync("gone", Session, CancellationToken.None));
    }

    [Theory]
    [InlineData(FollowSource.WebGraphql, FollowList.Followers, "web_graphql_followers_page.json", 8, true)]
    [InlineData(FollowSource.WebGraphql, FollowList.Followers, "web_graphql_followers_last_page.json", 5, false)]
    [InlineData(FollowSource.WebGraphql, FollowList.Following, "web_graphql_following_page.json", 6, true)]
    [InlineData(FollowSource.WebGraphql, FollowList.Following, "web_graphql_following_last_page.json", 5, false)]
    [InlineData(FollowSource.MobileApi, FollowList.Followers, "mobile_followers_page.json", 8, true)]
    [InlineData(FollowSource.MobileApi, FollowList.Followers, "mobile_followers_last_page.json", 5, false)]
    [InlineData(FollowSource.MobileApi, FollowList.Following, "mobile_following_page.json", 6, true)]
    [InlineData(FollowSource.MobileApi, FollowList.Following, "mobile_following_last_page.json", 5, false)]
    public async Task List_pages_parse_to_profiles_and_the_next_cursor(FollowSource source, FollowList list, string file, int rows, bool more)
    {
        var cursor = file.Contains("last") ? "previous" : null;
        var page = await Client(file).GetPageAsync(source, list, 1, "x", cursor, SessionFor(source), CancellationToken.None);
        Assert.Equal(rows, page.Profiles.Count);
        Assert.Equal(more, page.Next is not null);
        Assert.All(page.Profiles, p => Assert.True(p.Pk > 0 && p.Username.Length > 0));
        Assert.Equal(page.Profiles.Count, page.Profiles.Select(p => p.Pk).Distinct().Count());
    }

    [Theory]
    [InlineData("graphql_unknown_query_hash.json", HttpStatusCode.OK, typeof(SourceUnavailableException))]
    [InlineData("graphql_followers_empty_edges.json", HttpStatusCode.OK, typeof(SourceUnavailableException))]
    [InlineData("rate_limited.json", HttpStatusCode.TooManyRequests, typeof(RateLimitedException))]
    [InlineData("please_wait_require_login.json", HttpStatusCode.Unauthorized, typeof(ActionBlockedException))]
    [InlineData("login_required.json", HttpStatusCode.Forbidden, typeof(SessionExpiredException))]
    [InlineData("checkpoint_required.json", HttpStatusCode.BadRequest, typeof(CheckpointException))]
    [InlineData("challenge_required.json", HttpStatusCode.BadRequest, typeof(CheckpointException))]
    [InlineData("feedback_required.json", HttpStatusCode.BadRequest, typeof(ActionBlockedException))]
    [InlineData("private_not_followed.json", HttpStatusCode.BadRequest, typeof(PrivateAccountException))]
    public async Task Failures_become_typed_errors_on_the_web_source(string file, HttpStatusCode status, Type expected)
    {
        var error = await Record.ExceptionAsync(() => Client(file, status).GetPageAsync(FollowSource.WebGraphql, FollowList.Followers, 1, "x", null, Session, CancellationToken.None));
        Assert.IsType(expected, error);
    }

    [Fact]
    public async Task A_mobile_list_flagged_as_limited_is_not_taken_as_complete()
    {
        await Assert.ThrowsAsync<ListLimitedException>(() =>
            Client("mobile_followers_limited.json").GetPageAsync(FollowSource.MobileApi, FollowList.Followers, 1, "x", null, AppSession, CancellationToken.None));
    }

    [Theory]
    [InlineData("user_info.json")]
    public async Task A_session_check_reads_whose_session_it_is(string file)
    {
        Assert.Equal("lena.riverstone", await Client(file).CheckSessionAsync(Session, CancellationToken.None));
    }

    [Theory]
    [InlineData("mobile_followers_bad_username.json")]
    public async Task A_username_Instagram_could_not_have_sent_makes_the_answer_unreadable_not_a_stored_row(string file)
    {
        var error = await Assert.ThrowsAsync<UnreadableResponseException>(() =>
            Client(file).GetPageAsync(FollowSource.MobileApi, FollowList.Followers, 1, "x", null, AppSession, CancellationToken.None));
        Assert.Contains("300 characters", error.InnerException!.Message);
    }

    [Theory]
    [InlineData("login_success.json", true, true, false)]
    [InlineData("login_bad_password.json", false, true, false)]
    [InlineData("login_unknown_user.json", false, false, false)]
    [InlineData("login_two_factor_required.json", false, null, true)]
    public void Login_answers_parse_to_their_outcome(string file, bool authenticated, bool? userExists, bool twoFactor)
    {
        var body = System.Text.Json.JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(Samples, file)), InstagramJson.Default.LoginResponse)!;
        Assert.Equal(authenticated, body.Authenticated == true);
        if (userExists is not null) Assert.Equal(userExists, body.User);
        Assert.Equal(twoFactor, body.TwoFactorRequired == true);
        if (twoFactor) Assert.False(string.IsNullOrEmpty(body.TwoFactorInfo!.TwoFactorIdentifier));
    }

    [Fact]
    public async Task A_checkpoint_names_the_page_to_open()
    {
        var error = await Assert.ThrowsAsync<CheckpointException>(() =>
            Client("challenge_required.json", HttpStatusCode.BadRequest).GetPageAsync(FollowSource.MobileApi, FollowList.Followers, 1, "x", null, AppSession, CancellationToken.None));
        Assert.False(string.IsNullOrEmpty(error.Url));
    }
}
