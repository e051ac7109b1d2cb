using System.Net;
using InstaIntel.Api.Tokens;
using InstaIntel.Tests.Support;
using InstaIntel.Tests.Tokens;
using static InstaIntel.Tests.Tokens.TokenWorld;

namespace InstaIntel.Tests.Companion;

/// <summary>`createCompanionPairing` and `POST /companion/pair`: a code works once, for ten minutes, and guessing is throttled.</summary>
public sealed class PairingTests
{
    [Fact]
    public async Task A_code_gives_the_extension_a_read_and_crawl_token_once()
    {
        using var world = new TokenWorld();
        var pairing = await Companion.CreatePairingAsync(world);
        var code = pairing["code"]!.GetValue<string>();
        Assert.Matches("^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$", code);
        var expiresIn = pairing["expiresAt"]!.GetValue<DateTime>().ToUniversalTime() - DateTime.UtcNow;
        Assert.InRange(expiresIn, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));

        var extension = new Companion(world, "moz-extension://2c1f8e0a-5b7d-4e36-9a1c-0f3b2d4e5a6b");
        using var paired = await extension.PairAsync(code.Replace("-", "").ToLowerInvariant(), "Firefox 140 on Windows");
        Assert.Equal(HttpStatusCode.OK, paired.StatusCode);
        var answer = await JsonAsync(paired);
        extension.Secret = answer["token"]!.GetValue<string>();
        Assert.StartsWith(ApiTokens.Prefix, extension.Secret);
        Assert.Equal("Browser companion: Firefox 140 on Windows", answer["name"]!.GetValue<string>());

        var (_, admin) = await world.CreateAsync(TokenScope.Admin);
        using var listed = await world.PostAsync("{ apiTokens { id name scopes } }", admin);
        var token = (await JsonAsync(listed))["data"]!["apiTokens"]!.AsArray().Single(t => t!["name"]!.GetValue<string>().StartsWith("Browser companion"))!;
        Assert.Equal(answer["tokenId"]!.GetValue<string>(), token["id"]!.GetValue<string>());
        Assert.Equal(["CRAWL", "READ"], token["scopes"]!.AsArray().Select(s => s!.GetValue<string>()).Order());

        var crawls = await extension.QueryAsync("{ crawls(where: { status: { in: [QUEUED, RUNNING] } }) { nodes { id } } }");
        Assert.Null(crawls["errors"]);

        using var again = await new Companion(world).PairAsync(code);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal("PAIRING_CODE_USED", (await JsonAsync(again))["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_code_expires_after_ten_minutes()
    {
        var clock = new ShiftedClock(DateTimeOffset.UtcNow);
        using var world = new TokenWorld(clock: clock);
        var code = (await Companion.CreatePairingAsync(world))["code"]!.GetValue<string>();
        clock.Set(clock.GetUtcNow().AddMinutes(10).AddSeconds(1));

        using var late = await new Companion(world).PairAsync(code);
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Equal("PAIRING_CODE_EXPIRED", (await JsonAsync(late))["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_codes_are_refused_and_after_five_the_client_must_wait_even_with_a_good_code()
    {
        using var world = new TokenWorld();
        var extension = new Companion(world);
        var code = (await Companion.CreatePairingAsync(world))["code"]!.GetValue<string>();

        using var malformed = await world.Http.PostAsync("/companion/pair", new StringContent("{\"code\": 12}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal("PAIRING_INVALID_REQUEST", (await JsonAsync(malformed))["code"]!.GetValue<string>());
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await extension.PairAsync($"ZZZZ-ZZZ{i + 2}");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Equal("PAIRING_CODE_UNKNOWN", (await JsonAsync(wrong))["code"]!.GetValue<string>());
        }
        using var throttled = await extension.PairAsync(code);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.NotNull(throttled.Headers.RetryAfter);
    }

    [Fact]
    public async Task Only_an_admin_pairs_and_an_extension_origin_without_a_token_or_a_web_page_with_one_is_refused()
    {
        using var world = new TokenWorld();
        var (_, crawl) = await world.CreateAsync(TokenScope.Crawl);
        using var byCrawlToken = await world.PostAsync("mutation { createCompanionPairing { pairing { code } } }", crawl);
        Assert.Equal("admin", (await JsonAsync(byCrawlToken))["errors"]![0]!["extensions"]!["scope"]!.GetValue<string>());

        using var noToken = await new Companion(world).PostAsync("{ crawls { totalCount } }");
        Assert.Equal(HttpStatusCode.Forbidden, noToken.StatusCode);

        var (_, read) = await world.CreateAsync(TokenScope.Read);
        using var webPage = await new Companion(world, "https://evil.example") { Secret = read }.PostAsync("{ crawls { totalCount } }");
        Assert.Equal(HttpStatusCode.Forbidden, webPage.StatusCode);
        using var pairFromPage = await new Companion(world, "https://evil.example").PairAsync("ABCD-EFGH");
        Assert.Equal(HttpStatusCode.Forbidden, pairFromPage.StatusCode);
    }
}
