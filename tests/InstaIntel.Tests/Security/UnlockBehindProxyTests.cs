using System.Net;
using InstaIntel.Api.Security;
using Microsoft.Extensions.DependencyInjection;
using static InstaIntel.Tests.Security.RemoteClient;

namespace InstaIntel.Tests.Security;

/// <summary>
/// Unlocking through a reverse proxy on loopback (nginx, `tailscale serve`; a trusted proxy by default), which names
/// its client in `X-Forwarded-For` and its scheme in `X-Forwarded-Proto`.
/// </summary>
public sealed class UnlockBehindProxyTests
{
    [Fact]
    public async Task Behind_a_trusted_proxy_wrong_guesses_lock_out_only_the_client_that_made_them()
    {
        using var remote = await StartAsync(new() { ["Security:UnlockDelay"] = "00:01:00" });

        using (var guess = await remote.UnlockAsync("guess", forwardedFor: "100.64.0.7"))
            Assert.Equal(HttpStatusCode.Unauthorized, guess.StatusCode);
        using (var again = await remote.UnlockAsync(Passphrase, forwardedFor: "100.64.0.7"))
            Assert.Equal((HttpStatusCode)429, again.StatusCode);
        using var someoneElse = await remote.UnlockAsync(Passphrase, forwardedFor: "100.64.0.8");
        Assert.Equal(HttpStatusCode.NoContent, someoneElse.StatusCode);
    }

    [Fact]
    public async Task Forwarded_addresses_from_a_proxy_that_is_not_trusted_are_ignored()
    {
        using var remote = await StartAsync(new() { ["Security:UnlockDelay"] = "00:01:00", ["Security:TrustedProxies"] = "none" });

        using (var guess = await remote.UnlockAsync("guess", forwardedFor: "100.64.0.7"))
            Assert.Equal(HttpStatusCode.Unauthorized, guess.StatusCode);
        using var claimsToBeSomeoneElse = await remote.UnlockAsync(Passphrase, forwardedFor: "100.64.0.8");
        Assert.Equal((HttpStatusCode)429, claimsToBeSomeoneElse.StatusCode);
    }

    [Fact]
    public async Task Parallel_guesses_from_one_client_are_checked_one_at_a_time()
    {
        using var remote = await StartAsync(new() { ["Security:UnlockDelay"] = "00:01:00", ["Security:UnlockAttemptsPerMinute"] = "1000" });
        // A passphrase hash that takes a while to check, as a real one does: the window parallel guesses used to slip through.
        await remote.App.Services.GetRequiredService<Vault>().UpdateAsync(c => c with { PassphraseHash = PassphraseHash.Create(Passphrase, memoryKib: 32 * 1024, iterations: 3) });

        var answers = await Task.WhenAll(Enumerable.Range(0, 60).Select(async i =>
        {
            using var response = await remote.UnlockAsync($"guess {i}", forwardedFor: "100.64.0.7");
            return response.StatusCode;
        }));

        Assert.Equal(1, answers.Count(a => a == HttpStatusCode.Unauthorized));
        Assert.Equal(59, answers.Count(a => a == (HttpStatusCode)429));
    }

    [Fact]
    public async Task The_clients_of_one_network_together_get_a_limited_number_of_attempts_per_minute_and_other_networks_still_unlock()
    {
        using var remote = await StartAsync(new() { ["Security:UnlockAttemptsPerMinute"] = "3" });

        foreach (var client in new[] { "100.64.0.1", "100.64.0.2", "100.64.0.3" })
        {
            using var guess = await remote.UnlockAsync("guess", forwardedFor: client);
            Assert.Equal(HttpStatusCode.Unauthorized, guess.StatusCode);
        }
        using var fourth = await remote.UnlockAsync(Passphrase, forwardedFor: "100.64.0.4");
        Assert.Equal((HttpStatusCode)429, fourth.StatusCode);
        Assert.Equal("TOO_MANY_ATTEMPTS", await ErrorCodeAsync(fourth));
        Assert.True(fourth.Headers.RetryAfter is not null);

        using var elsewhere = await remote.UnlockAsync(Passphrase, forwardedFor: "100.65.9.1");
        Assert.Equal(HttpStatusCode.NoContent, elsewhere.StatusCode);
    }

    [Fact]
    public async Task Behind_a_tls_proxy_the_unlock_cookie_is_secure()
    {
        using var remote = await StartAsync();
        using var overTls = await remote.UnlockAsync(Passphrase, forwardedFor: "100.64.0.7", forwardedProto: "https");
        Assert.Equal(HttpStatusCode.NoContent, overTls.StatusCode);
        Assert.Contains("; secure", overTls.Headers.GetValues("Set-Cookie").Single().ToLowerInvariant());
    }

    [Fact]
    public async Task A_proxy_that_is_not_trusted_cannot_claim_tls()
    {
        using var remote = await StartAsync(new() { ["Security:TrustedProxies"] = "none" });
        using var claimed = await remote.UnlockAsync(Passphrase, forwardedFor: "100.64.0.7", forwardedProto: "https");
        Assert.Equal(HttpStatusCode.NoContent, claimed.StatusCode);
        Assert.DoesNotContain("secure", claimed.Headers.GetValues("Set-Cookie").Single().ToLowerInvariant());
    }
}
