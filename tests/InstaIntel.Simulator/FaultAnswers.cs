using System.Text.Json.Nodes;

namespace InstaIntel.Simulator;

/// <summary>How each injected fault answers: most instead of the endpoint, a few by marking the request for it.</summary>
public static class FaultAnswers
{
    /// <summary>True when the fault answered the request itself; false when the endpoint is to answer (perhaps altered).</summary>
    public static async Task<bool> AnswerAsync(HttpContext http, Fault? fault, string path)
    {
        switch (fault?.Kind)
        {
            case FaultKind.ServerError:
                await WriteAsync(http, 500, Shapes.ServerError());
                return true;
            case FaultKind.Slow:
                await Task.Delay(fault.DelayMs, http.RequestAborted);
                break;
            case FaultKind.Checkpoint:
                await WriteAsync(http, 400, Shapes.Checkpoint("https://www.instagram.com/challenge/?next=/api/v1/"));
                return true;
            case FaultKind.LoginRequired:
                await WriteAsync(http, 403, Shapes.LoginRequired());
                return true;
            case FaultKind.RateLimited:
                await WriteAsync(http, 429, Shapes.RateLimited());
                return true;
            case FaultKind.NotFound:
                await WriteAsync(http, 404, Shapes.Fail("Page not found"));
                return true;
            case FaultKind.ChangedQueryHash:
                http.Items["changed-query-hash"] = true;
                break;
            case FaultKind.TruncatedJson:
                http.Items["truncate"] = true;
                break;
            case FaultKind.FeedbackRequired:
                await WriteAsync(http, 400, Shapes.FeedbackRequired());
                return true;
            case FaultKind.PleaseWait:
                await WriteAsync(http, 401, Shapes.RateLimited());
                return true;
            case FaultKind.LoginRedirect:
                http.Response.Redirect($"https://www.instagram.com/accounts/login/?next={Uri.EscapeDataString(path)}");
                return true;
            case FaultKind.ChallengeRedirect:
                http.Response.Redirect($"https://www.instagram.com/challenge/?next={Uri.EscapeDataString(path)}");
                return true;
            case FaultKind.LoggedOut:
                await WriteAsync(http, 403, Shapes.Fail("user_has_logged_out", ("logout_reason", 3)));
                return true;
            case FaultKind.ListLimited:
                http.Items["limit-list"] = true;
                break;
            case FaultKind.ShortList:
                http.Items["short-list"] = true;
                break;
            case FaultKind.ShortPage:
                http.Items["short-page"] = true;
                break;
            case FaultKind.RateLimitError:
                await WriteAsync(http, 400, Shapes.RateLimitError());
                return true;
            case FaultKind.SentryBlock:
                await WriteAsync(http, 400, Shapes.SentryBlock());
                return true;
            case FaultKind.UseragentMismatch:
                await WriteAsync(http, 400, Shapes.Fail("useragent mismatch"));
                return true;
            case FaultKind.StatusFail:
                await WriteAsync(http, 200, Shapes.Fail(""));
                return true;
            case FaultKind.BareNotFound:
                http.Response.StatusCode = 404;
                http.Response.ContentType = "text/plain";
                await http.Response.WriteAsync("Not Found", http.RequestAborted);
                return true;
            case FaultKind.UnsupportedVersion:
                await WriteAsync(http, 400, Shapes.UnsupportedVersion());
                return true;
        }
        return false;
    }

    private static Task WriteAsync(HttpContext http, int status, JsonObject body) => SimulatorApp.WriteAsync(http, status, body);
}
