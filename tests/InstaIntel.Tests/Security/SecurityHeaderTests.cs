using System.Security.Cryptography;
using System.Text;
using InstaIntel.Tests.Support;

namespace InstaIntel.Tests.Security;

public sealed class SecurityHeaderTests : IDisposable
{
    private const string BootScript = "self.__next_f=self.__next_f||[];";
    private const string FlightScript = "self.__next_f.push([1,\"héllo\"])";
    private readonly string client = Directory.CreateTempSubdirectory("instaintel-client-").FullName;
    private readonly AppFactory app;

    public SecurityHeaderTests()
    {
        var page = $"""<!DOCTYPE html><html><head><script src="/_next/app.js" async=""></script><script>{BootScript}</script></head><body><SCRIPT id="x">{FlightScript}</SCRIPT></body></html>""";
        File.WriteAllText(Path.Combine(client, "index.html"), page);
        File.WriteAllText(Path.Combine(client, "404.html"), page);
        File.WriteAllText(Path.Combine(client, "app.js"), "console.log('hi')");
        app = AppFactory.With(new() { ["client"] = client });
    }

    public void Dispose()
    {
        app.Dispose();
        Directory.Delete(client, recursive: true);
    }

    private static string Hash(string script) => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script))) + "'";

    [Theory]
    [InlineData("/")]
    [InlineData("/accounts/someone/")] // the not-found page
    public async Task Each_page_allows_exactly_its_own_inline_scripts(string path)
    {
        using var response = await app.CreateClient().GetAsync(path);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        var scriptSources = csp.Split("; ").Single(d => d.StartsWith("script-src ")).Split(' ')[1..];
        Assert.Equal(["'self'", Hash(BootScript), Hash(FlightScript)], scriptSources);
        Assert.DoesNotContain("unsafe-inline';", csp.Replace("style-src 'self' 'unsafe-inline'", ""));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("img-src 'self' data: blob: https://*.cdninstagram.com https://*.fbcdn.net", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(client, "index.html")), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_address_the_export_lacks_answers_its_not_found_page_with_404()
    {
        File.WriteAllText(Path.Combine(client, "404.html"), "<!DOCTYPE html><title>Page not found</title>");
        using var response = await app.CreateClient().GetAsync("/accounts/someone/");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("<!DOCTYPE html><title>Page not found</title>", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/accounts/someone/")]
    public async Task A_page_revalidated_with_304_carries_the_same_policy_as_its_200(string path)
    {
        var client = app.CreateClient();
        using var first = await client.GetAsync(path);
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        request.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        using var again = await client.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(first.Headers.GetValues("Content-Security-Policy").Single(), again.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Api_answers_and_scripts_carry_the_headers_too_and_pass_through_unchanged()
    {
        using var script = await app.CreateClient().GetAsync("/app.js");
        Assert.Equal("console.log('hi')", await script.Content.ReadAsStringAsync());
        Assert.Equal("nosniff", script.Headers.GetValues("X-Content-Type-Options").Single());

        using var graphql = await app.CreateClient().GetAsync("/graphql?query=%7B__typename%7D");
        Assert.Contains("frame-ancestors 'none'", graphql.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("\"__typename\":\"Query\"", await graphql.Content.ReadAsStringAsync());
    }
}
