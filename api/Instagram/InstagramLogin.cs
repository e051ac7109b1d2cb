using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Instagram;

/// <summary>
/// The second step a login asks for: the code from the user's authenticator app or SMS. An app login finishes on the
/// phone it started on.
/// </summary>
public sealed record TwoFactorChallenge(string Username, string Identifier, string CsrfToken, SessionClient Client = SessionClient.Browser, MobileDevice? Device = null);

public sealed record LoginResult(InstagramSession? Session, TwoFactorChallenge? TwoFactor);

/// <summary>
/// Instagram's web login, which makes a browser session: fetch a CSRF token, post the credentials (`enc_password` in the browser's plain-text
/// version-0 form), and answer a two-factor challenge when one comes back.
/// </summary>
public sealed class InstagramLogin(HttpClient http, IOptions<InstagramOptions> options)
{
    private const string WebOrigin = "https://www.instagram.com";
    private InstagramOptions Options => options.Value;

    public async Task<LoginResult> LogInAsync(string username, string password, CancellationToken ct)
    {
        var csrf = await CsrfTokenAsync(ct);
        var time = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var response = await PostAsync("/api/v1/web/accounts/login/ajax/", csrf, new()
        {
            ["username"] = username,
            ["enc_password"] = $"#PWD_INSTAGRAM_BROWSER:0:{time}:{password}",
            ["queryParams"] = "{}",
            ["optIntoOneTap"] = "false",
        }, ct);
        var body = await ReadAsync(response, ct);
        if (body.TwoFactorRequired == true && body.TwoFactorInfo is { } info)
            return new LoginResult(null, new TwoFactorChallenge(info.Username ?? username, info.TwoFactorIdentifier, Cookie(response, "csrftoken") ?? csrf));
        if (body.Message is "checkpoint_required" or "challenge_required")
            throw new CheckpointException(body.CheckpointUrl is { } url && url.StartsWith('/') ? Options.WebBaseUrl + url : body.CheckpointUrl);
        if (body.Authenticated == true) return new LoginResult(SessionFrom(response, csrf), null);
        throw new LoginFailedException(body.User == false
            ? $"Instagram has no account @{username}."
            : "The password is not right for this account.");
    }

    public async Task<InstagramSession> VerifyTwoFactorAsync(TwoFactorChallenge challenge, string code, CancellationToken ct)
    {
        using var response = await PostAsync("/accounts/login/ajax/two_factor/", challenge.CsrfToken, new()
        {
            ["username"] = challenge.Username,
            ["verificationCode"] = code.Trim(),
            ["identifier"] = challenge.Identifier,
            ["queryParams"] = "{}",
        }, ct);
        var body = await ReadAsync(response, ct);
        if (body.Status == "ok" && Cookie(response, "sessionid") is not null) return SessionFrom(response, challenge.CsrfToken);
        throw new LoginFailedException(string.IsNullOrEmpty(body.Message) ? "The security code was not accepted." : body.Message);
    }

    private async Task<string> CsrfTokenAsync(CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Options.WebUrl + "/");
        request.Headers.Add("User-Agent", Options.Browser.UserAgent);
        using var response = await http.SendAsync(request, ct);
        return Cookie(response, "csrftoken") ?? throw new LoginFailedException("Instagram did not hand out a CSRF token; try again later.");
    }

    /// <summary>A form post as the login page sends it: same-origin, with the cookies a browser holds before it logs in.</summary>
    private async Task<HttpResponseMessage> PostAsync(string path, string csrf, Dictionary<string, string> form, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Options.WebUrl + path) { Content = new FormUrlEncodedContent(form) };
        foreach (var (name, value) in Options.Browser.Headers(WebOrigin + "/accounts/login/", BrowserFingerprint.NewWebSessionId(), Options.AcceptLanguage))
            request.Headers.TryAddWithoutValidation(name, value);
        request.Headers.Add("Origin", WebOrigin);
        request.Headers.Add("X-CSRFToken", csrf);
        request.Headers.Add("X-Instagram-AJAX", "1");
        request.Headers.Add("Cookie", $"csrftoken={csrf}; ig_cb=1; ig_pr=1; ig_vw=1920");
        return await http.SendAsync(request, ct);
    }

    private static async Task<LoginResponse> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.StatusCode == HttpStatusCode.TooManyRequests) throw new RateLimitedException(response.Headers.RetryAfter?.Delta);
        try
        {
            return JsonSerializer.Deserialize(await response.Content.ReadAsByteArrayAsync(ct), InstagramJson.Default.LoginResponse)
                ?? throw new UnreadableResponseException("login");
        }
        catch (JsonException e)
        {
            throw new UnreadableResponseException("login", e);
        }
    }

    /// <summary>The browser session a web login makes, with every cookie the login answer set (mid, ig_did, rur …).</summary>
    private static InstagramSession SessionFrom(HttpResponseMessage response, string csrf) => new(
        Cookie(response, "sessionid") ?? throw new LoginFailedException("Instagram accepted the login but sent no session cookie."),
        Cookie(response, "csrftoken") ?? csrf,
        long.TryParse(Cookie(response, "ds_user_id"), out var id) ? id : null,
        Client: SessionClient.Browser,
        Cookies: AllCookies(response));

    private static Dictionary<string, string> AllCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Select(c => c.Split(';', 2)[0].Split('=', 2)).Where(kv => kv.Length == 2 && kv[0].Trim().Length > 0 && kv[1].Trim().Trim('"').Length > 0)
                .GroupBy(kv => kv[0].Trim()).ToDictionary(g => g.Key, g => g.Last()[1].Trim())
            : [];

    private static string? Cookie(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Select(c => c.Split(';', 2)[0].Split('=', 2)).Where(kv => kv.Length == 2 && kv[0].Trim() == name)
                .Select(kv => kv[1].Trim()).LastOrDefault(v => v.Length > 0 && v != "\"\"")
            : null;
}
