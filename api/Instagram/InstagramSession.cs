namespace InstaIntel.Api.Instagram;

/// <summary>A logged-in Instagram web session: the cookies that identify it.</summary>
public sealed record InstagramSession(string SessionId, string? CsrfToken = null, long? DsUserId = null)
{
    /// <summary>The Cookie header for a request made with this session.</summary>
    public string CookieHeader =>
        string.Join("; ", new[] { ("sessionid", SessionId), ("csrftoken", CsrfToken), ("ds_user_id", DsUserId?.ToString()) }
            .Where(c => !string.IsNullOrEmpty(c.Item2)).Select(c => $"{c.Item1}={c.Item2}"));

    /// <summary>The mobile API's `Authorization` header for a web session: IGT:2 with the ids, base64-encoded.</summary>
    public string? BearerToken => DsUserId is { } id
        ? "Bearer IGT:2:" + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{{\"ds_user_id\":\"{id}\",\"sessionid\":\"{SessionId}\"}}"))
        : null;

    /// <summary>A short stable key for pacing and circuit breaking that does not reveal the session.</summary>
    public string Key => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(SessionId)), 0, 8);

    public override string ToString() => $"InstagramSession({Key})";
}
