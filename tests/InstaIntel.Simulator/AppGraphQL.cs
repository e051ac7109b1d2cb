using System.Text.Json;
using System.Text.Json.Nodes;

namespace InstaIntel.Simulator;

/// <summary>
/// The app's private GraphQL follow lists (instagrapi 3.0: FollowersList / FollowingList): a form POST to
/// `/graphql/query` with `client_doc_id` and `variables`, answered with the v1 page under an `xdt_api__v1__…` root.
/// </summary>
public static class AppGraphQL
{
    public const string FollowersRoot = "xdt_api__v1__friendships__followers";
    public const string FollowingRoot = "xdt_api__v1__friendships__following";

    /// <summary>The request counter: `appgraphql/followers` or `appgraphql/following` by the query's friendly name or doc id header.</summary>
    public static string Endpoint(HttpRequest request)
    {
        var options = request.HttpContext.RequestServices.GetRequiredService<SimulatorOptions>();
        var name = request.Headers["X-FB-Friendly-Name"].ToString();
        var doc = request.Headers["X-Client-Doc-Id"].ToString();
        return name == "FollowersList" || options.FollowersListDocIds.Contains(doc) ? "appgraphql/followers"
            : name == "FollowingList" || options.FollowingListDocIds.Contains(doc) ? "appgraphql/following"
            : "appgraphql";
    }

    public static void MapAppGraphQL(this WebApplication app)
    {
        app.MapPost("/graphql/query", async (HttpContext http, World world, SimulatorOptions options) =>
        {
            var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(http.RequestAborted) : null;
            var doc = form is null ? "" : form["client_doc_id"].ToString() is { Length: > 0 } clientDoc ? clientDoc : form["doc_id"].ToString();
            var list = options.FollowersListDocIds.Contains(doc) ? "followers" : options.FollowingListDocIds.Contains(doc) ? "following" : null;
            // The web's own doc-id queries are not simulated: to the simulator they are unknown documents.
            if (list is null || http.Items[nameof(Surface)] is not Surface.Mobile) { await SimulatorApp.WriteAsync(http, 200, Shapes.UnknownDocId()); return; }
            if (SimulatorApp.Authorise(http) is { } refusal) { await refusal; return; }
            if (Variables(form!["variables"].ToString()) is not { } variables) { await SimulatorApp.WriteAsync(http, 200, Shapes.UnknownDocId()); return; }

            var target = long.TryParse(Text(variables, "user_id") ?? Text(variables, "id"), out var pk) ? world.Find(pk) : null;
            if (target is null) { await SimulatorApp.WriteAsync(http, 404, Shapes.UserNotFound()); return; }
            if (SimulatorApp.PrivateRefusal(http, target) is { } hidden) { await hidden; return; }

            var request = variables["request_data"] as JsonObject;
            // instagrapi sends no count (the server picks the page size); an explicit one is honoured up to the app's cap.
            var asked = Text(request, "count") ?? Text(variables, "count");
            if ((asked is null ? options.AppGraphQLPageSize : FollowLists.Count(asked, options.MaxMobilePage)) is not { } count)
            {
                await SimulatorApp.WriteAsync(http, 400, Shapes.InvalidCount());
                return;
            }
            if (FollowLists.Offset(Text(variables, "max_id") ?? Text(request, "max_id")) is not { } offset)
            {
                await SimulatorApp.WriteAsync(http, 400, Shapes.Fail("Invalid max_id"));
                return;
            }
            var page = FollowLists.Serve(http, world, target, list, offset, count, earliestFirst: Text(variables, "order") == "date_followed_earliest");
            var body = Shapes.MobilePage(page.Users, count, page.NextMaxId, page.Limited, bigList: page.More);
            Skip(body, variables);
            await SimulatorApp.WriteAsync(http, 200, Shapes.AppGraphQLPage(list == "followers" ? FollowersRoot : FollowingRoot, body));
        });
    }

    /// <summary>Leaves out the fields the query asks to skip (`skip_big_list: true` drops `big_list`, and so on).</summary>
    private static void Skip(JsonObject page, JsonObject variables)
    {
        foreach (var field in new[] { "big_list", "page_size", "should_limit_list_of_followers", "use_clickable_see_more" })
            if (variables[$"skip_{field}"] is JsonValue skip && skip.TryGetValue<bool>(out var yes) && yes) page.Remove(field);
    }

    private static JsonObject? Variables(string text)
    {
        try { return JsonNode.Parse(text) as JsonObject; }
        catch (JsonException) { return null; }
    }

    /// <summary>A variable as text, whether it was sent as a string or a number.</summary>
    private static string? Text(JsonObject? json, string name) =>
        json?[name] is JsonValue value
            ? value.TryGetValue<string>(out var text) ? text : value.ToJsonString()
            : null;
}
