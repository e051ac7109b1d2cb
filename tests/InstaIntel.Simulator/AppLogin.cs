using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InstaIntel.Simulator;

/// <summary>
/// The Android app's login: a form with `signed_body=SIGNATURE.&lt;json&gt;`, answered with the user and, in headers,
/// the Bearer token that carries the new app session.
/// </summary>
public static class AppLogin
{
    /// <summary>What the app's login body must hold; a body without one of them is refused as Instagram refuses it.</summary>
    public static readonly string[] LoginFields = ["username", "enc_password", "device_id", "phone_id", "guid", "adid", "login_attempt_count"];
    public static readonly string[] TwoFactorFields = ["verification_code", "two_factor_identifier", "username", "device_id"];

    public static void MapAppLogin(this WebApplication app)
    {
        app.MapPost("/api/v1/accounts/login/", async (HttpContext http, Sessions sessions) =>
        {
            if (await SignedBodyAsync(http, LoginFields) is not { } body) { await InvalidParametersAsync(http); return; }
            var username = body["username"];
            if (sessions.PkOf(username) is null) { await SimulatorApp.WriteAsync(http, 400, Shapes.InvalidUser()); return; }
            if (sessions.Account(username, PasswordOf(body["enc_password"])) is not { } account)
            {
                await SimulatorApp.WriteAsync(http, 400, Shapes.BadPassword());
                return;
            }
            if (account.TwoFactor) { await SimulatorApp.WriteAsync(http, 400, Shapes.AppTwoFactorRequired(username, account.Pk)); return; }
            await LoggedInAsync(http, sessions, username, account.Pk);
        });

        app.MapPost("/api/v1/accounts/two_factor_login/", async (HttpContext http, Sessions sessions) =>
        {
            if (await SignedBodyAsync(http, TwoFactorFields) is not { } body) { await InvalidParametersAsync(http); return; }
            var username = body["username"];
            var pk = sessions.PkOf(username);
            if (pk is null || body["two_factor_identifier"] != $"2fa-{pk}" || body["verification_code"] != Sessions.TwoFactorCode)
            {
                await SimulatorApp.WriteAsync(http, 400, Shapes.InvalidVerificationCode());
                return;
            }
            await LoggedInAsync(http, sessions, username, pk.Value);
        });
    }

    public static string Token(SimSession session) =>
        "Bearer IGT:2:" + Convert.ToBase64String(Encoding.UTF8.GetBytes(
            new JsonObject { ["ds_user_id"] = session.UserPk.ToString(), ["sessionid"] = session.Id }.ToJsonString()));

    private static Task LoggedInAsync(HttpContext http, Sessions sessions, string username, long pk)
    {
        var session = sessions.Open(username, pk, ClientKind.App);
        // The app keeps the machine id it already had; without one it is given one here.
        var mid = http.Request.Headers["X-MID"].ToString() is { Length: > 0 } sent ? sent : Echoes.NewMid();
        sessions.IssueMid(session, mid);
        http.Response.Headers["ig-set-authorization"] = Token(session);
        http.Response.Headers["ig-set-x-mid"] = mid;
        http.Response.Headers["ig-set-ig-u-ds-user-id"] = pk.ToString();
        http.Response.Headers["ig-set-ig-u-rur"] = http.RequestServices.GetRequiredService<Echoes>().Rur(pk);
        return SimulatorApp.WriteAsync(http, 200, Shapes.AppLoggedIn(pk, username, sessions.FullName(username)));
    }

    /// <summary>The fields of `signed_body=SIGNATURE.&lt;json&gt;` as text, or null when it is missing, not JSON or lacks a field.</summary>
    private static async Task<Dictionary<string, string>?> SignedBodyAsync(HttpContext http, string[] required)
    {
        if (!http.Request.HasFormContentType) return null;
        var signed = (await http.Request.ReadFormAsync(http.RequestAborted))["signed_body"].ToString();
        const string prefix = "SIGNATURE.";
        if (!signed.StartsWith(prefix)) return null;
        try
        {
            using var json = JsonDocument.Parse(signed[prefix.Length..]);
            if (json.RootElement.ValueKind != JsonValueKind.Object) return null;
            var fields = json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText());
            return required.All(fields.ContainsKey) ? fields : null;
        }
        catch (JsonException) { return null; }
    }

    private static Task InvalidParametersAsync(HttpContext http) => SimulatorApp.WriteAsync(http, 400, Shapes.Fail("Invalid Parameters"));

    /// <summary>The app sends `#PWD_INSTAGRAM:0:&lt;time&gt;:&lt;password&gt;`; version 0 is the plain-text form.</summary>
    private static string PasswordOf(string encPassword)
    {
        var parts = encPassword.Split(':', 4);
        return parts.Length == 4 && parts[0] == "#PWD_INSTAGRAM" && parts[1] == "0" ? parts[3] : "";
    }
}
