namespace InstaIntel.Simulator;

/// <summary>
/// Values Instagram hands its clients to send back. The web gets a csrftoken cookie that is renewed now and then, a
/// `rur` region cookie that changes with every answer, and the www claim; the app gets the same region hint as
/// `ig-set-ig-u-rur` and a machine id (`ig-set-x-mid`) when it has none yet.
/// </summary>
public sealed class Echoes(TimeProvider clock)
{
    public const int CsrfRenewEvery = 50;
    private long webAnswers;
    private long rurs;
    private string csrf = NewToken();

    public void Web(HttpResponse response)
    {
        var n = Interlocked.Increment(ref webAnswers);
        if (n % CsrfRenewEvery == 0) Volatile.Write(ref csrf, NewToken());
        var token = Volatile.Read(ref csrf);
        response.Headers["x-ig-set-www-claim"] = "hmac.AR3simulatedclaim";
        var rur = Rur();
        // After the handler, so a login that hands out its own csrftoken is not answered with two.
        response.OnStarting(() =>
        {
            if (!response.Headers.SetCookie.Any(c => c?.StartsWith("csrftoken=") == true))
                response.Cookies.Append("csrftoken", token, new CookieOptions { Secure = true });
            response.Cookies.Append("rur", rur, new CookieOptions { Secure = true, HttpOnly = true });
            return Task.CompletedTask;
        });
    }

    /// <summary>Echoes for the app; returns the machine id handed out, if the request came without one.</summary>
    public string? Mobile(HttpRequest request, HttpResponse response)
    {
        response.Headers["ig-set-ig-u-rur"] = Rur();
        if (!string.IsNullOrEmpty(request.Headers["X-MID"])) return null;
        var mid = NewMid();
        response.Headers["ig-set-x-mid"] = mid;
        return mid;
    }

    public static string NewMid() => "aSim" + Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public string Rur(long pk = 9_001) =>
        $"CLN,{pk},{clock.GetUtcNow().ToUnixTimeSeconds() + 31_536_000}:01f7{Interlocked.Increment(ref rurs):x8}";

    private static string NewToken() => Guid.NewGuid().ToString("N");
}
