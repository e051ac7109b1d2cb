using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InstaIntel.Simulator;

/// <summary>
/// A stand-in for Instagram's web and mobile endpoints over HTTP, with sessions, page-size caps, a rate-limit window
/// and injectable faults. Tests and demo mode talk to it exactly as the product talks to Instagram.
/// </summary>
public static class SimulatorApp
{
    /// <param name="clock">The clock the rate window and the detector read; the system clock unless a test drives time.</param>
    public static WebApplication Build(string[] args, Action<SimulatorOptions>? configure = null, TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        // HTTPS when asked (`--urls https://…` with a certificate in Kestrel:Certificates:Default): browser tests serve it as www.instagram.com.
        builder.WebHost.UseKestrelHttpsConfiguration();
        var options = builder.Configuration.GetSection("Simulator").Get<SimulatorOptions>() ?? new SimulatorOptions();
        configure?.Invoke(options);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(clock ?? TimeProvider.System);
        builder.Services.AddSingleton<World>();
        builder.Services.AddSingleton<Sessions>();
        builder.Services.AddSingleton<RateWindow>();
        builder.Services.AddSingleton<Faults>();
        builder.Services.AddSingleton<Stats>();
        builder.Services.AddSingleton<DialogWatch>();
        builder.Services.AddSingleton<RequestLog>();
        builder.Services.AddSingleton<Echoes>();
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);

        if (options.ReplayFolder is { Length: > 0 } folder) builder.Services.AddSingleton(new Replay(folder));

        var app = builder.Build();
        if (options.ReplayFolder is { Length: > 0 }) app.Use(ReplayAsync);
        app.Use(GuardAsync);
        MapInstagram(app);
        app.MapAppLogin();
        app.MapAppGraphQL();
        MapAdmin(app);
        return app;
    }

    public sealed class Stats
    {
        public ConcurrentDictionary<string, int> Requests { get; } = new();
        /// <summary>The headers of the latest request to each surface, for tests that check what a client sent.</summary>
        public ConcurrentDictionary<string, Dictionary<string, string>> LastHeaders { get; } = new();

        private int detectorFired, crossSurfaceLogouts, midMismatches;
        /// <summary>Sessions the automated-activity rule logged out.</summary>
        public int DetectorFired => Volatile.Read(ref detectorFired);
        /// <summary>Browser sessions logged out for being used by the app.</summary>
        public int CrossSurfaceLogouts => Volatile.Read(ref crossSurfaceLogouts);
        /// <summary>App requests whose X-MID differs from the one the session was given (recorded, not refused).</summary>
        public int MidMismatches => Volatile.Read(ref midMismatches);

        public void DetectorFiredOnce() => Interlocked.Increment(ref detectorFired);
        public void CrossSurfaceLogoutOnce() => Interlocked.Increment(ref crossSurfaceLogouts);
        public void MidMismatchOnce() => Interlocked.Increment(ref midMismatches);

        public void Clear()
        {
            Requests.Clear();
            LastHeaders.Clear();
            Interlocked.Exchange(ref detectorFired, 0);
            Interlocked.Exchange(ref crossSurfaceLogouts, 0);
            Interlocked.Exchange(ref midMismatches, 0);
        }
    }

    private static async Task ReplayAsync(HttpContext http, RequestDelegate next)
    {
        if (http.Request.Path.StartsWithSegments("/__simulator")) { await next(http); return; }
        var (status, body) = http.RequestServices.GetRequiredService<Replay>().Answer(http.Request.Method, http.Request.Path.Value + http.Request.QueryString.Value);
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(body, http.RequestAborted);
    }

    /// <summary>
    /// Before every Instagram endpoint: count and record, inject a fault, refuse a request that does not look like the
    /// client it claims to be or comes from a retired app, log out a browser's session used by the app, then apply
    /// the session's rate window.
    /// </summary>
    private static async Task GuardAsync(HttpContext http, RequestDelegate next)
    {
        var path = http.Request.Path.Value ?? "";
        if (path.StartsWith("/__simulator")) { await next(http); return; }

        var services = http.RequestServices;
        var surface = Surfaces.Of(http.Request);
        http.Items[nameof(Surface)] = surface;
        var stats = services.GetRequiredService<Stats>();
        stats.Requests.AddOrUpdate(Endpoint(http.Request, surface), 1, (_, n) => n + 1);
        var headers = http.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        var query = http.Request.QueryString.Value ?? "";
        // The query beside the headers, as HTTP/2 carries the path.
        stats.LastHeaders[Surfaces.Tag(surface)] = new Dictionary<string, string>(headers) { [":query"] = query };

        var sessions = services.GetRequiredService<Sessions>();
        var session = sessions.Find(Surfaces.SessionId(http.Request, surface));
        var clock = services.GetRequiredService<TimeProvider>();
        if (session is not null)
            services.GetRequiredService<RequestLog>().Add(session.Id, new SentRequest(Surfaces.Tag(surface), http.Request.Method, path, query, headers, clock.GetUtcNow()));

        var pathAndQuery = $"{Surfaces.Tag(surface)}:{path}{query}";
        var fault = services.GetRequiredService<Faults>().Next(pathAndQuery, WithPlainCursor(pathAndQuery));
        if (await FaultAnswers.AnswerAsync(http, fault, path)) return;

        if (Surfaces.Mismatch(http.Request, surface) is { } mismatch)
        {
            await WriteAsync(http, 400, Shapes.Fail(mismatch));
            return;
        }
        if (surface == Surface.Mobile && Surfaces.AppVersion(http.Request) < services.GetRequiredService<SimulatorOptions>().MinAppVersion)
        {
            await WriteAsync(http, 400, Shapes.UnsupportedVersion());
            return;
        }
        Echo(http, surface, session);

        // instagrapi's docs: a browser's sessionid on the private API is answered login_required and the browser is logged out.
        if (surface == Surface.Mobile && session is { Expired: false, Client: ClientKind.Browser })
        {
            sessions.LogOut(session, reason: 2);
            stats.CrossSurfaceLogoutOnce();
            await WriteAsync(http, 403, Shapes.LoggedOut(2));
            return;
        }
        if (session is { LogoutReason: { } reason })
        {
            await WriteAsync(http, 403, Shapes.LoggedOut(reason));
            return;
        }
        http.Items[nameof(SimSession)] = session;
        var rateKey = session?.Id ?? http.Connection.RemoteIpAddress?.ToString() ?? "anonymous";
        if (!services.GetRequiredService<RateWindow>().TryAcquire(rateKey))
        {
            await WriteAsync(http, 429, Shapes.RateLimited());
            return;
        }
        await next(http);
    }

    /// <summary>
    /// Request counters: `webapi/followers`, `mobile/following`, `appgraphql/followers` (by X-FB-Friendly-Name),
    /// `web` (query hashes), `profile`, `session` (checks).
    /// </summary>
    private static string Endpoint(HttpRequest request, Surface surface)
    {
        var path = request.Path.Value ?? "";
        return path.Contains("/friendships/") ? Surfaces.Tag(surface) + path[path.TrimEnd('/').LastIndexOf('/')..].TrimEnd('/')
            : path.Contains("web_profile_info") ? "profile"
            : path.StartsWith("/graphql") && surface == Surface.Mobile ? AppGraphQL.Endpoint(request)
            : path.StartsWith("/graphql") ? "web"
            : path.EndsWith("/info/") ? "session"
            : path;
    }

    /// <summary>The same request line with an opaque `max_id` replaced by the offset it stands for, so faults can name offsets.</summary>
    private static string? WithPlainCursor(string pathAndQuery)
    {
        var at = pathAndQuery.IndexOf("max_id=", StringComparison.Ordinal);
        if (at < 0) return null;
        var start = at + "max_id=".Length;
        var end = pathAndQuery.IndexOf('&', start) is var amp and >= 0 ? amp : pathAndQuery.Length;
        return FollowCursor.Decode(Uri.UnescapeDataString(pathAndQuery[start..end])) is { } offset
            ? pathAndQuery[..start] + offset + pathAndQuery[end..]
            : null;
    }

    private static void Echo(HttpContext http, Surface surface, SimSession? session)
    {
        var services = http.RequestServices;
        if (surface != Surface.Mobile)
        {
            services.GetRequiredService<Echoes>().Web(http.Response);
            return;
        }
        var issued = services.GetRequiredService<Echoes>().Mobile(http.Request, http.Response);
        if (session is null) return;
        var sessions = services.GetRequiredService<Sessions>();
        var sent = http.Request.Headers["X-MID"].ToString();
        if (issued is not null) sessions.IssueMid(session, issued);
        else if (sessions.MidOf(session) is not { } known) sessions.IssueMid(session, sent);
        else if (known != sent) services.GetRequiredService<Stats>().MidMismatchOnce();
    }

    private static void MapInstagram(WebApplication app)
    {
        app.MapGet("/api/v1/users/web_profile_info/", (HttpContext http, World world) =>
        {
            var username = http.Request.Query["username"].ToString();
            var target = world.Find(username);
            if (target is null) return WriteAsync(http, 404, Shapes.UserNotFound());
            target.LookedUp();
            var viewer = Viewer(http);
            var counts = target.Counts?.Invoke(http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
            return WriteAsync(http, 200, Shapes.WebProfileInfo(target, counts?.Followers ?? target.FollowerCount, target.User.IsPrivate && viewer?.FollowsPrivateTargets == true, counts));
        });

        app.MapGet("/graphql/query/", (HttpContext http, World world, SimulatorOptions options) =>
        {
            var hash = http.Request.Query["query_hash"].ToString();
            var following = hash == options.FollowingQueryHash;
            if (http.Items.ContainsKey("changed-query-hash") || (!following && hash != options.FollowersQueryHash))
                return WriteAsync(http, 200, Shapes.UnknownQueryHash());
            if (Authorise(http) is { } refusal) return refusal;

            JsonElement variables;
            try { variables = JsonDocument.Parse(http.Request.Query["variables"].ToString()).RootElement; }
            catch (JsonException) { return WriteAsync(http, 400, Shapes.Fail("Invalid variables")); }
            var target = variables.TryGetProperty("id", out var id) && long.TryParse(id.GetString(), out var pk) ? world.Find(pk) : null;
            if (target is null) return WriteAsync(http, 200, new JsonObject { ["data"] = new JsonObject { ["user"] = null }, ["status"] = "ok" });
            if (PrivateRefusal(http, target) is { } hidden) return hidden;

            var list = following ? target.Following : target.Followers;
            var count = following ? list.Count : target.FollowerCount;
            if (!options.LegacyHashesServeLists)
                return WriteAsync(http, 200, Shapes.WebGraphQLPage(following ? "edge_follow" : "edge_followed_by", count, [], null));
            var first = variables.TryGetProperty("first", out var f) && f.TryGetInt32(out var n) ? Math.Clamp(n, 1, options.MaxWebPage) : 12;
            var offset = variables.TryGetProperty("after", out var after) && after.ValueKind == JsonValueKind.String ? WebCursor.Decode(after.GetString()!) : 0;
            if (offset is null) return WriteAsync(http, 400, Shapes.Fail("Invalid cursor"));
            var page = list.Skip(offset.Value).Take(first).ToList();
            var end = offset.Value + page.Count < list.Count ? WebCursor.Encode(offset.Value + page.Count) : null;
            return WriteAsync(http, 200, Shapes.WebGraphQLPage(following ? "edge_follow" : "edge_followed_by", count, page, end));
        });

        app.MapGet("/api/v1/friendships/{pk:long}/{list}/", (HttpContext http, long pk, string list, World world, SimulatorOptions options) =>
        {
            if (list is not ("followers" or "following")) return WriteAsync(http, 404, Shapes.Fail("Page not found"));
            if (Authorise(http) is { } refusal) return refusal;
            var target = world.Find(pk);
            if (target is null) return WriteAsync(http, 404, Shapes.UserNotFound());
            if (PrivateRefusal(http, target) is { } hidden) return hidden;

            var surface = (Surface)http.Items[nameof(Surface)]!;
            var cap = surface == Surface.Mobile ? options.MaxMobilePage : options.MaxWebApiPage;
            if (FollowLists.Count(http.Request.Query["count"], cap) is not { } count) return WriteAsync(http, 400, Shapes.InvalidCount());
            if (FollowLists.Offset(http.Request.Query["max_id"]) is not { } offset) return WriteAsync(http, 400, Shapes.Fail("Invalid max_id"));
            var page = FollowLists.Serve(http, world, target, list, offset, count, earliestFirst: http.Request.Query["order"] == "date_followed_earliest");

            var viewer = Viewer(http)!;
            if (surface == Surface.WebApi && http.RequestServices.GetRequiredService<DialogWatch>().Served(viewer, pk, list, page.Users.Count))
            {
                http.RequestServices.GetRequiredService<Sessions>().LogOut(viewer, reason: 3);
                http.RequestServices.GetRequiredService<Stats>().DetectorFiredOnce();
                return WriteAsync(http, 403, Shapes.LoggedOut(3));
            }
            return WriteAsync(http, 200, Shapes.MobilePage(page.Users, count, page.NextMaxId, page.Limited, bigList: page.More));
        });

        app.MapGet("/api/v1/users/{pk:long}/info/", (HttpContext http, long pk, World world) =>
        {
            if (Authorise(http) is { } refusal) return refusal;
            var viewer = Viewer(http)!;
            if (pk == viewer.UserPk) return WriteAsync(http, 200, Shapes.UserInfo(pk, viewer.Username));
            // Deactivated, deleted, or blocking the asker: Instagram answers all three alike.
            return world.Lookup(pk) is { } user && !world.Blocks(pk, viewer.UserPk)
                ? WriteAsync(http, 200, Shapes.UserInfo(pk, user.Username))
                : WriteAsync(http, 404, Shapes.UserNotFound());
        });

        app.MapGet("/", (HttpContext http) => WebPage(http, "Instagram"));
        // A profile page, for a browser tab to stand on (the browser companion reads lists from one).
        app.MapGet("/{username}/", (HttpContext http, string username, World world) =>
            world.Find(username) is { } target ? WebPage(http, $"{target.User.FullName} (@{target.User.Username}) • Instagram") : Results.NotFound());

        app.MapPost("/api/v1/web/accounts/login/ajax/", async (HttpContext http, Sessions sessions) =>
        {
            if (CsrfRefusal(http) is { } refusal) { await refusal; return; }
            var form = await http.Request.ReadFormAsync();
            var username = form["username"].ToString();
            var password = PasswordOf(form["enc_password"].ToString());
            if (sessions.Account(username, password) is not { } account)
            {
                await WriteAsync(http, 200, new JsonObject { ["user"] = sessions.Account(username, Sessions.Password) is not null, ["authenticated"] = false, ["status"] = "ok" });
                return;
            }
            if (account.TwoFactor)
            {
                await WriteAsync(http, 400, new JsonObject
                {
                    ["message"] = "",
                    ["two_factor_required"] = true,
                    ["two_factor_info"] = new JsonObject
                    {
                        ["username"] = username,
                        ["two_factor_identifier"] = $"2fa-{account.Pk}",
                        ["totp_two_factor_on"] = true,
                        ["sms_two_factor_on"] = false,
                        ["pk"] = account.Pk,
                    },
                    ["status"] = "fail",
                });
                return;
            }
            await SignedInAsync(http, sessions.Open(username, account.Pk));
        });

        app.MapPost("/accounts/login/ajax/two_factor/", async (HttpContext http, Sessions sessions) =>
        {
            if (CsrfRefusal(http) is { } refusal) { await refusal; return; }
            var form = await http.Request.ReadFormAsync();
            var username = form["username"].ToString();
            if (form["identifier"].ToString().Length == 0 || form["verificationCode"] != Sessions.TwoFactorCode)
            {
                await WriteAsync(http, 400, Shapes.Fail("Please check the security code and try again.", ("error_type", "invalid_verification_code")));
                return;
            }
            await SignedInAsync(http, sessions.Open(username, long.Parse(form["identifier"].ToString()["2fa-".Length..])));
        });
    }

    private static Task SignedInAsync(HttpContext http, SimSession session)
    {
        http.Response.Cookies.Append("sessionid", session.Id, new CookieOptions { HttpOnly = true, Secure = true });
        http.Response.Cookies.Append("ds_user_id", session.UserPk.ToString());
        http.Response.Cookies.Append("csrftoken", Guid.NewGuid().ToString("N"));
        return WriteAsync(http, 200, new JsonObject { ["user"] = true, ["userId"] = session.UserPk.ToString(), ["authenticated"] = true, ["oneTapPrompt"] = false, ["status"] = "ok" });
    }

    /// <summary>A page of the web app: it sets the csrftoken cookie the web app's requests echo in X-CSRFToken.</summary>
    private static IResult WebPage(HttpContext http, string title)
    {
        http.Response.Cookies.Append("csrftoken", Guid.NewGuid().ToString("N"), new CookieOptions { Secure = true });
        return Results.Content($"<!doctype html><meta charset=\"utf-8\"><title>{System.Net.WebUtility.HtmlEncode(title)}</title>", "text/html; charset=utf-8");
    }

    /// <summary>Login posts must echo the csrftoken cookie in X-CSRFToken.</summary>
    private static Task? CsrfRefusal(HttpContext http)
    {
        var cookie = http.Request.Cookies["csrftoken"];
        return string.IsNullOrEmpty(cookie) || cookie != http.Request.Headers["X-CSRFToken"].ToString()
            ? WriteAsync(http, 403, Shapes.Fail("CSRF token missing or incorrect"))
            : null;
    }

    /// <summary>Web login sends `#PWD_INSTAGRAM_BROWSER:0:&lt;time&gt;:&lt;password&gt;`; version 0 is the plain-text form.</summary>
    private static string PasswordOf(string encPassword)
    {
        var parts = encPassword.Split(':', 4);
        return parts.Length == 4 && parts[0] == "#PWD_INSTAGRAM_BROWSER" && parts[1] == "0" ? parts[3] : "";
    }

    /// <summary>The session the request carries on its surface, as the guard found it.</summary>
    internal static SimSession? Viewer(HttpContext http) => http.Items[nameof(SimSession)] as SimSession;

    internal static Task? Authorise(HttpContext http)
    {
        var session = Viewer(http);
        return session is null || session.Expired ? WriteAsync(http, 403, Shapes.LoginRequired()) : null;
    }

    internal static Task? PrivateRefusal(HttpContext http, SimTarget target) =>
        target.User.IsPrivate && Viewer(http)?.FollowsPrivateTargets != true
            ? WriteAsync(http, 400, Shapes.NotAuthorizedToView())
            : null;

    private static void MapAdmin(WebApplication app)
    {
        app.MapPost("/__simulator/faults", (Fault fault, Faults faults) => { faults.Add(fault); return Results.NoContent(); });
        app.MapDelete("/__simulator/faults", (Faults faults) => { faults.Clear(); return Results.NoContent(); });
        app.MapPost("/__simulator/rename", (Rename rename, World world) =>
            world.Rename(rename.From, rename.To) ? Results.NoContent() : Results.Problem($"Cannot rename {rename.From} to {rename.To}.", statusCode: 409));
        app.MapGet("/__simulator/stats", (Stats stats, RateWindow window) => Results.Json(new
        {
            requests = stats.Requests.ToDictionary(),
            limited = window.Limited,
            lastHeaders = stats.LastHeaders.ToDictionary(),
            detectorFired = stats.DetectorFired,
            crossSurfaceLogouts = stats.CrossSurfaceLogouts,
            midMismatches = stats.MidMismatches,
        }));
        app.MapGet("/__simulator/sessions/{id}/requests", (string id, Sessions sessions, RequestLog log) =>
            sessions.Find(id) is { } session
                ? Results.Json(new { session = session.Id, requests = log.Of(session.Id) })
                : Results.NotFound(new { message = $"No session {id}." }));
        app.MapPost("/__simulator/targets", (NewTarget body, World world) =>
        {
            if (string.IsNullOrWhiteSpace(body.Username) || body.Followers < 0 || body.Hidden < 0)
                return Results.BadRequest(new { message = "A target needs a username, followers ≥ 0 and hidden ≥ 0." });
            if (world.Find(body.Username) is not null) return Results.Conflict(new { message = $"@{body.Username} exists already." });
            var target = world.AddTarget(body.Username, body.Followers, body.Hidden);
            return Results.Json(new { pk = target.User.Pk, username = target.User.Username, followers = target.Followers.Count, count = target.FollowerCount });
        });
        app.MapPost("/__simulator/targets/{username}/nights", (string username, Night night, World world) =>
        {
            if (world.Find(username) is not { } target) return Results.NotFound(new { message = $"No target @{username}." });
            if (night is { Joins: < 0 } or { Leaves: < 0 } or { Refollows: < 0 } or { Renames: < 0 } or { Deactivations: < 0 })
                return Results.BadRequest(new { message = "Every count of a night must be 0 or more." });
            var result = world.Advance(target, night);
            return Results.Json(new { result, followers = target.Followers.Select(u => u.Pk), count = target.FollowerCount });
        });
        app.MapPost("/__simulator/blocks", (NewBlock block, World world, Sessions sessions) =>
        {
            if (sessions.Find(block.Session) is not { } viewer) return Results.NotFound(new { message = $"No session {block.Session}." });
            world.Block(block.Pk, viewer.UserPk);
            return Results.NoContent();
        });
        app.MapPost("/__simulator/reset", (Stats stats, RateWindow window, Faults faults, RequestLog log, DialogWatch watch, Sessions sessions) =>
        {
            stats.Clear();
            window.Reset();
            faults.Clear();
            log.Clear();
            watch.Reset();
            sessions.Restore();
            return Results.NoContent();
        });
    }

    internal static async Task WriteAsync(HttpContext http, int status, JsonObject body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        if (http.Items.ContainsKey("truncate")) bytes = bytes[..(bytes.Length / 2)];
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }
}

public sealed record NewTarget(string Username, int Followers, int Hidden = 0);
public sealed record Rename(string From, string To);
/// <param name="Session">The session id whose account is blocked.</param>
public sealed record NewBlock(long Pk, string Session);

/// <summary>Opaque web cursors, shaped like Instagram's base64 `end_cursor` values.</summary>
public static class WebCursor
{
    public static string Encode(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"QVFE:{offset}"));

    public static int? Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith("QVFE:") && int.TryParse(text[5..], out var offset) && offset >= 0 ? offset : null;
        }
        catch (FormatException) { return null; }
    }
}
