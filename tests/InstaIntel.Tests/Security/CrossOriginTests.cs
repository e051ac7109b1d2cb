using System.Net;
using System.Text;
using InstaIntel.Tests.Support;
using static InstaIntel.Tests.Security.RemoteClient;
using static InstaIntel.Tests.Support.GraphQLSocket;

namespace InstaIntel.Tests.Security;

/// <summary>A trusted (loopback) client: what a page on another site could make its browser send.</summary>
public sealed class CrossOriginTests(CrossOriginTests.App app) : IClassFixture<CrossOriginTests.App>
{
    public sealed class App : IDisposable
    {
        public AppFactory Factory { get; } = AppFactory.With(new()
        {
            ["Security:AllowedOrigins"] = "https://dash.example.org",
            ["Security:HostNames"] = "box.tail1234.ts.net",
        });
        public HttpClient Http { get; }
        public App() => Http = new HttpClient { BaseAddress = Factory.CreateClient().BaseAddress };
        public void Dispose() => Factory.Dispose();
    }

    private const string Mutation = """{"query":"mutation { logOut { connected } }"}""";

    private Task<HttpResponseMessage> PostAsync(string body, string contentType, string? origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        if (origin is not null) request.Headers.Add("Origin", OnOwnPort(origin));
        return app.Http.SendAsync(request);
    }

    /// <summary>`{port}` in an origin stands for the port the app listens on.</summary>
    private string OnOwnPort(string origin) => origin.Replace("{port}", app.Http.BaseAddress!.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("text/plain")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task Any_post_from_a_foreign_origin_is_refused(string contentType)
    {
        using var response = await PostAsync(contentType == "application/json" ? Mutation : "query=mutation%20%7B%20logOut%20%7B%20connected%20%7D%20%7D", contentType, "https://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("ORIGIN_NOT_ALLOWED", await ErrorCodeAsync(response));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("text/plain", null)]
    [InlineData("text/plain", "self")]
    [InlineData("application/x-www-form-urlencoded", null)]
    public async Task A_simple_request_post_is_refused_before_it_runs(string contentType, string? origin)
    {
        using var response = await PostAsync(Mutation, contentType, origin == "self" ? app.Http.BaseAddress!.GetLeftPart(UriPartial.Authority) : origin);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("INVALID_CONTENT_TYPE", await ErrorCodeAsync(response));
    }

    [Fact]
    public async Task A_mutation_over_get_is_refused()
    {
        using var response = await app.Http.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { logOut { connected } }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("http://localhost:{port}")]
    [InlineData("http://127.0.0.1:{port}")]
    [InlineData("http://[::1]:{port}")]
    [InlineData("https://box.tail1234.ts.net")] // Security:HostNames
    [InlineData("https://dash.example.org")] // Security:AllowedOrigins
    public async Task Localhost_this_machines_names_and_configured_origins_get_cors_answers(string origin)
    {
        using var response = await PostAsync("""{"query":"{ __typename }"}""", "application/json", origin);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OnOwnPort(origin), response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("true", response.Headers.GetValues("Access-Control-Allow-Credentials").Single());

        var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", OnOwnPort(origin));
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
        using var answer = await app.Http.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        Assert.Contains("POST", answer.Headers.GetValues("Access-Control-Allow-Methods").Single());
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("http://100.128.0.1")] // just past 100.64.0.0/10
    [InlineData("https://ts.net.evil.example")]
    [InlineData("https://evil-ts.net")]
    [InlineData("null")]
    [InlineData("file://")]
    [InlineData("https://attacker-funnel.tail1234.ts.net")] // anyone can publish on *.ts.net with Tailscale Funnel
    [InlineData("http://100.100.1.2:8000")] // another tailnet machine
    [InlineData("http://2130706433")] // 127.0.0.1 in another spelling
    [InlineData("http://[::ffff:7f00:1]:8000")]
    [InlineData("http://127.1:8000")]
    [InlineData("http://app.localhost:3000")]
    [InlineData("https://dash.example.org.evil.example")]
    [InlineData("http://localhost:3000")] // another program's page on this machine is another site
    [InlineData("http://127.0.0.1:5173")]
    [InlineData("http://[::1]:1")]
    public async Task Other_origins_are_refused(string origin)
    {
        using var response = await PostAsync("""{"query":"{ __typename }"}""", "application/json", origin);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_websocket_from_a_foreign_origin_is_closed_with_4403()
    {
        using var foreign = await ConnectAsync(app.Http.BaseAddress!, origin: "https://evil.example");
        Assert.Equal(4403, await ClosedWithAsync(foreign));

        using var otherPort = await ConnectAsync(app.Http.BaseAddress!, origin: "http://localhost:3000");
        Assert.Equal(4403, await ClosedWithAsync(otherPort));

        using var local = await ConnectAsync(app.Http.BaseAddress!, origin: OnOwnPort("http://localhost:{port}"));
        await SendAsync(local, """{"type":"connection_init"}""");
        Assert.Equal("connection_ack", (await NextAsync(local))!["type"]!.GetValue<string>());
    }
}
