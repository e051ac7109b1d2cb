using System.Net;
using System.Text;
using InstaIntel.Api.Security;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static InstaIntel.Tests.Security.RemoteClient;
using static InstaIntel.Tests.Support.GraphQLSocket;

namespace InstaIntel.Tests.Security;

public sealed class RemoteAccessTests
{
    [Fact]
    public async Task A_locked_client_can_neither_query_nor_stream_nor_download_nor_read_the_schema()
    {
        using var remote = await StartAsync();

        using var post = await remote.QueryAsync("{ accounts(first: 1) { totalCount } }");
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
        Assert.Equal("UNLOCK_REQUIRED", await ErrorCodeAsync(post));

        using var sse = await remote.QueryAsync("subscription { crawlUpdated { id } }", accept: "text/event-stream");
        Assert.Equal(HttpStatusCode.Unauthorized, sse.StatusCode);

        foreach (var path in new[] { "/graphql?query=%7B__typename%7D", "/graphql/schema.graphql", "/graphql?sdl", "/exports/someone/followers.csv" })
        {
            using var get = await remote.Http.GetAsync(path);
            Assert.True(get.StatusCode == HttpStatusCode.Unauthorized, $"{path}: {get.StatusCode}");
        }

        using var health = await remote.Http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task A_browser_that_is_locked_out_gets_the_unlock_page_for_any_page()
    {
        using var remote = await StartAsync();
        foreach (var path in new[] { "/", "/accounts/", "/graphql" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Accept", "text/html,application/xhtml+xml");
            using var page = await remote.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
            Assert.Contains("<title>Unlock InstaIntel</title>", await page.Content.ReadAsStringAsync());
            Assert.Contains("script-src 'self' 'sha256-", page.Headers.GetValues("Content-Security-Policy").Single());
        }
    }

    [Fact]
    public async Task A_locked_socket_is_closed_with_4401_and_an_unlocked_one_subscribes()
    {
        using var remote = await StartAsync();
        using (var locked = await remote.ConnectAsync())
        {
            await SendAsync(locked, """{"type":"connection_init"}""");
            Assert.Equal(4401, await ClosedWithAsync(locked));
        }

        var cookie = await remote.UnlockedCookieAsync();
        using var socket = await remote.ConnectAsync(cookie);
        await SendAsync(socket, """{"type":"connection_init"}""");
        Assert.Equal("connection_ack", (await NextAsync(socket))!["type"]!.GetValue<string>());
        await SendAsync(socket, """{"id":"1","type":"subscribe","payload":{"query":"{ __schema { queryType { name } } }"}}""");
        var next = await NextAsync(socket);
        Assert.Equal("Query", next!["payload"]!["data"]!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_event_stream_ends_with_an_error_event_as_soon_as_the_unlock_is_revoked()
    {
        using var remote = await StartAsync();
        var cookie = await remote.UnlockedCookieAsync();
        using var stream = await remote.QueryAsync("subscription { crawlEvents { __typename } }", cookie, "text/event-stream", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, stream.StatusCode);

        using var locked = await remote.LockAsync(cookie);
        Assert.True(locked.IsSuccessStatusCode, locked.StatusCode.ToString());
        // Far less than the keep-alive interval, which used to keep the stream open until the client left.
        var events = await stream.Content.ReadAsStringAsync().WaitAsync(TimeSpan.FromSeconds(8));
        Assert.Contains("\"code\":\"UNLOCK_REQUIRED\"", events);
        Assert.EndsWith("event: complete\ndata: \n\n", events);
    }

    [Fact]
    public async Task The_right_passphrase_sets_a_strict_http_only_cookie_that_opens_the_api()
    {
        using var remote = await StartAsync(new() { ["Security:UnlockLifetime"] = "02:00:00" });
        using var unlock = await remote.UnlockAsync(Passphrase);
        Assert.Equal(HttpStatusCode.NoContent, unlock.StatusCode);
        var setCookie = unlock.Headers.GetValues("Set-Cookie").Single().ToLowerInvariant();
        Assert.StartsWith($"{UnlockCookie.Name}=", setCookie);
        Assert.Contains("httponly", setCookie);
        Assert.Contains("samesite=strict", setCookie);
        Assert.Contains("max-age=7200", setCookie);
        Assert.Contains("path=/", setCookie);
        Assert.DoesNotContain("secure", setCookie); // plain HTTP here; Secure is set when the request came over HTTPS
        var cookie = unlock.Headers.GetValues("Set-Cookie").Single().Split(';')[0];

        using var query = await remote.QueryAsync("{ __schema { queryType { name } } accounts(first: 1) { totalCount } }", cookie);
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        Assert.Contains("\"totalCount\":0", await query.Content.ReadAsStringAsync());

        var export = new HttpRequestMessage(HttpMethod.Get, "/exports/someone/followers.csv");
        export.Headers.Add("Cookie", cookie);
        using var exported = await remote.Http.SendAsync(export);
        Assert.Equal(HttpStatusCode.NotFound, exported.StatusCode); // past the gate: no such account
    }

    [Fact]
    public async Task A_forged_cookie_or_one_from_before_a_new_passphrase_opens_nothing()
    {
        using var remote = await StartAsync();
        var cookie = await remote.UnlockedCookieAsync();
        var (payload, signature) = (cookie[..cookie.LastIndexOf('.')], cookie[(cookie.LastIndexOf('.') + 1)..]);
        var later = payload.Split('=')[0] + "=" + (long.Parse(payload.Split('=')[1].Split('.')[0]) + 999_999) + "." + payload.Split('.')[1];

        foreach (var forged in new[] { later + "." + signature, payload + "." + new string('A', signature.Length), $"{UnlockCookie.Name}=garbage" })
        {
            using var response = await remote.QueryAsync("{ __typename }", forged);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        using (var ok = await remote.QueryAsync("{ __typename }", cookie))
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        await SetPassphraseAsync(remote.App, "a new passphrase");
        using var revoked = await remote.QueryAsync("{ __typename }", cookie);
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
    }

    [Fact]
    public async Task Wrong_passphrases_lock_the_client_out_for_a_growing_time()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var remote = await StartAsync(new() { ["Security:UnlockDelay"] = "00:00:01" }, clock: clock);

        using (var wrong = await remote.UnlockAsync("guess"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Equal("WRONG_PASSPHRASE", await ErrorCodeAsync(wrong));
            Assert.Equal("1", wrong.Headers.GetValues("Retry-After").Single());
        }
        // Even the right passphrase is not looked at during the wait.
        using (var early = await remote.UnlockAsync(Passphrase))
        {
            Assert.Equal((HttpStatusCode)429, early.StatusCode);
            Assert.Equal("TOO_MANY_ATTEMPTS", await ErrorCodeAsync(early));
            Assert.False(early.Headers.Contains("Set-Cookie"));
        }
        clock.Advance(TimeSpan.FromSeconds(1));
        using (var second = await remote.UnlockAsync("guess again"))
            Assert.Equal("2", second.Headers.GetValues("Retry-After").Single());
        clock.Advance(TimeSpan.FromSeconds(1.9));
        using (var stillWaiting = await remote.UnlockAsync(Passphrase))
            Assert.Equal((HttpStatusCode)429, stillWaiting.StatusCode);
        clock.Advance(TimeSpan.FromSeconds(0.1));
        using var right = await remote.UnlockAsync(Passphrase);
        Assert.Equal(HttpStatusCode.NoContent, right.StatusCode);
    }

    [Fact]
    public async Task Unlocking_needs_a_json_body_and_a_passphrase_set_on_the_server()
    {
        using var remote = await StartAsync(withPassphrase: false);
        using (var form = await remote.Http.PostAsync("/unlock", new StringContent("passphrase=x", Encoding.UTF8, "application/x-www-form-urlencoded")))
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        using var none = await remote.UnlockAsync("anything");
        Assert.Equal(HttpStatusCode.Forbidden, none.StatusCode);
        Assert.Contains("scripts/generate-env", await none.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Trusted_networks_are_a_setting()
    {
        using var remote = await StartAsync(new() { ["Security:TrustedNetworks"] = "10.0.0.0/8, 127.0.0.1" });
        using var response = await remote.QueryAsync("{ __typename }");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "100.101.102.103")]
    [InlineData("Forwarded", "for=100.101.102.103")]
    public async Task A_request_relayed_by_a_local_proxy_is_not_trusted_by_its_address(string header, string value)
    {
        using var app = AppFactory.With([]); // loopback trusted, as by default
        using var http = new HttpClient { BaseAddress = app.CreateClient().BaseAddress };
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json") };
        request.Headers.Add(header, value);
        using var relayed = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, relayed.StatusCode);

        using var direct = await http.PostAsync("/graphql", new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
    }
}
