using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Instagram;

/// <summary>
/// Logging in as the Android app (`/api/v1/accounts/login/`, then `two_factor_login/` when Instagram asks for a code),
/// from a phone made for this session and kept with it. The session it makes reads lists only from the app's
/// surfaces, 200 a page; its Bearer token, machine id and region hint come from the login's `ig-set-*` answers.
/// </summary>
public sealed class AppLogin(HttpClient http, IOptions<InstagramOptions> options, TimeProvider clock)
{
    private InstagramOptions Options => options.Value;

    public async Task<LoginResult> LogInAsync(string username, string password, CancellationToken ct)
    {
        var device = MobileDevice.New();
        using var response = await PostAsync("/api/v1/accounts/login/", device, new JsonObject
        {
            ["username"] = username,
            ["enc_password"] = $"#PWD_INSTAGRAM:0:{clock.GetUtcNow().ToUnixTimeSeconds()}:{password}",
            ["device_id"] = device.AndroidId,
            ["phone_id"] = device.PhoneId.ToString(),
            ["guid"] = device.DeviceId.ToString(),
            ["adid"] = Guid.NewGuid().ToString(),
            ["login_attempt_count"] = "0",
            ["country_codes"] = """[{"country_code":"1","source":["default"]}]""",
            ["jazoest"] = Jazoest(device.PhoneId.ToString()),
        }, ct);
        var body = await ReadAsync(response, ct);
        if (body.TwoFactorRequired == true && body.TwoFactorInfo is { } info)
            return new LoginResult(null, new TwoFactorChallenge(info.Username ?? username, info.TwoFactorIdentifier, "", SessionClient.App, device));
        return new LoginResult(SessionFrom(response, body, username, device), null);
    }

    public async Task<InstagramSession> VerifyTwoFactorAsync(TwoFactorChallenge challenge, string code, CancellationToken ct)
    {
        var device = challenge.Device ?? throw new LoginFailedException("This login has no phone to finish on: log in again.");
        using var response = await PostAsync("/api/v1/accounts/two_factor_login/", device, new JsonObject
        {
            ["verification_code"] = code.Trim(),
            ["two_factor_identifier"] = challenge.Identifier,
            ["username"] = challenge.Username,
            ["device_id"] = device.AndroidId,
            ["phone_id"] = device.PhoneId.ToString(),
            ["guid"] = device.DeviceId.ToString(),
            ["trust_this_device"] = "1",
            ["verification_method"] = "3",
        }, ct);
        return SessionFrom(response, await ReadAsync(response, ct), challenge.Username, device);
    }

    private async Task<HttpResponseMessage> PostAsync(string path, MobileDevice device, JsonObject fields, CancellationToken ct)
    {
        using var request = InstagramClient.Http2(HttpMethod.Post, Options.MobileUrl + path);
        request.Content = AndroidApp.Form(new Dictionary<string, string> { ["signed_body"] = "SIGNATURE." + fields.ToJsonString() });
        var now = clock.GetUtcNow();
        var context = new AndroidApp.Context(device, "0", Options.Locale, Options.UtcOffset(now), now, "", _ => null, null);
        foreach (var (name, value) in Options.Android.Headers(context)) // no nav chain: the login screen comes before any
            request.Headers.TryAddWithoutValidation(name, value);
        return await http.SendAsync(request, ct);
    }

    private async Task<AppLoginResponse> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.StatusCode == HttpStatusCode.TooManyRequests) throw new RateLimitedException(response.Headers.RetryAfter?.Delta);
        var bytes = await response.Content.ReadAsByteArrayAsync(ct);
        AppLoginResponse body;
        try
        {
            body = JsonSerializer.Deserialize(bytes, InstagramJson.Default.AppLoginResponse) ?? throw new UnreadableResponseException("login");
        }
        catch (JsonException e)
        {
            throw new UnreadableResponseException("login", e);
        }
        if (body.TwoFactorRequired == true || response.IsSuccessStatusCode && body.Status == "ok") return body;
        if (body.ErrorType is "bad_password" || body.InvalidCredentials == true)
            throw new LoginFailedException("The password is not right for this account.");
        if (body.ErrorType is "invalid_user")
            throw new LoginFailedException("Instagram has no account with that username.");
        if (body.ErrorType is "needs_upgrade" || body.CheckpointUrl?.Contains("unsupported_version") == true)
            throw new LoginFailedException("Instagram refuses the Android app version InstaIntel presents. Set a current one in Instagram:Android (docs/instagram-shapes.md §3), or log in as a browser instead.");
        throw InstagramClient.Failure(response, bytes, () => new LoginFailedException("Instagram did not answer the login."), null, Options.Android.AppVersion) switch
        {
            SourceUnavailableException => new LoginFailedException(string.IsNullOrEmpty(body.Message) ? "Instagram refused the login." : body.Message),
            var failure => failure,
        };
    }

    /// <summary>The app session the login's answer carries: its Bearer token holds the session id and the user id.</summary>
    private static InstagramSession SessionFrom(HttpResponseMessage response, AppLoginResponse body, string username, MobileDevice device)
    {
        var echoes = SessionJar.EchoedHeaders
            .Select(h => (h, Value: response.Headers.TryGetValues(h, out var v) ? v.FirstOrDefault() : null))
            .Where(e => !string.IsNullOrEmpty(e.Value)).ToDictionary(e => e.h, e => e.Value!);
        var bearer = echoes.GetValueOrDefault("ig-set-authorization") ?? throw new LoginFailedException("Instagram accepted the login but sent no token.");
        var (sessionId, userId) = ReadBearer(bearer) ?? throw new LoginFailedException("Instagram accepted the login but sent a token InstaIntel cannot read.");
        return new InstagramSession(sessionId, null, userId ?? body.LoggedInUser?.Pk, Label: username, Device: device, Client: SessionClient.App, Echoes: echoes);
    }

    /// <summary>`Bearer IGT:2:` + base64 of `{"ds_user_id": …, "sessionid": …}`.</summary>
    private static (string SessionId, long? UserId)? ReadBearer(string bearer)
    {
        const string prefix = "Bearer IGT:2:";
        if (!bearer.StartsWith(prefix, StringComparison.Ordinal)) return null;
        try
        {
            var json = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(bearer[prefix.Length..])));
            var sessionId = json?["sessionid"]?.GetValue<string>();
            long? userId = long.TryParse(json?["ds_user_id"]?.ToString(), out var id) ? id : null;
            return sessionId is { Length: > 0 } ? (sessionId, userId) : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The app's `jazoest` form check: "2" and the sum of the phone id's character codes.</summary>
    private static string Jazoest(string phoneId) => "2" + phoneId.Sum(c => (int)c);
}
