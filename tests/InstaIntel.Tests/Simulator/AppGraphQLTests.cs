using System.Net;
using System.Text.Json.Nodes;
using InstaIntel.Simulator;
using InstaIntel.Tests.Support;
using static InstaIntel.Tests.Simulator.SimRequests;

namespace InstaIntel.Tests.Simulator;

/// <summary>The app's private GraphQL follow lists, asked as instagrapi 3.0 asks them (FollowersList / FollowingList).</summary>
public sealed class AppGraphQLTests
{
    public const string FollowersDoc = "284797047911918316998205836755";
    public const string FollowingDoc = "16104639286363954576550227636";

    /// <summary>instagrapi's FollowersList: no count, `max_id` at the top of the variables, the groups flag inside request_data.</summary>
    public static HttpRequestMessage FollowersList(string session, long pk, long userId, string? maxId = null, string doc = FollowersDoc)
    {
        var variables = new JsonObject
        {
            ["user_id"] = userId.ToString(),
            ["skip_suggested_users"] = true,
            ["skip_more_groups_available"] = true,
            ["skip_friendship_followers_fields"] = true,
            ["request_data"] = new JsonObject { ["rank_token"] = $"{pk}_0f0e0d0c-aaaa-bbbb-cccc-123456789abc", ["enableGroups"] = true },
            ["skip_page_size"] = true,
            ["skip_pending_admins"] = true,
            ["skip_has_more"] = true,
            ["search_surface"] = "follow_list_page",
            ["query"] = "",
            ["skip_big_list"] = true,
            ["include_unseen_count"] = true,
        };
        if (maxId is not null) variables["max_id"] = maxId;
        return Query("FollowersList", "xdt_api__v1__friendships__followers", doc, variables, session, pk, docField: "client_doc_id");
    }

    public static HttpRequestMessage Query(string name, string root, string doc, JsonObject variables, string session, long pk, string docField)
    {
        var request = App("/graphql/query", session, pk, HttpMethod.Post);
        request.Headers.Add("X-FB-Friendly-Name", name);
        request.Headers.Add("X-Root-Field-Name", root);
        request.Headers.Add("X-Client-Doc-Id", doc);
        request.Headers.Add("X-FB-RMD", "state=URL_ELIGIBLE");
        request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["method"] = "post",
            ["pretty"] = "false",
            ["format"] = "json",
            ["server_timestamps"] = "true",
            ["locale"] = "user",
            ["fb_api_req_friendly_name"] = name,
            ["enable_canonical_naming"] = "true",
            ["enable_canonical_variable_overrides"] = "true",
            ["enable_canonical_naming_ambiguous_type_prefixing"] = "true",
            ["variables"] = variables.ToJsonString(),
            [docField] = doc,
        });
        return request;
    }

    [Fact]
    public async Task FollowersList_pages_through_the_whole_list_with_opaque_cursors()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = Client(sim.Url);
        var seen = new HashSet<long>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var (status, body) = await client.AskAsync(FollowersList(Sessions.Demo, 9_001, 1001, cursor));
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.True(body!["extensions"]!["is_final"]!.GetValue<bool>());
            var page = body["data"]!["xdt_api__v1__friendships__followers"]!.AsObject();
            Assert.Equal("ok", page["status"]!.GetValue<string>());
            Assert.False(page.ContainsKey("big_list")); // the query skips it
            foreach (var user in page["users"]!.AsArray()) seen.Add(user!["pk"]!.GetValue<long>());
            cursor = page["next_max_id"]?.GetValue<string>();
            if (cursor is not null) Assert.StartsWith("QVF", cursor);
            pages++;
        } while (cursor is not null);

        Assert.Equal(1_200, seen.Count);
        Assert.Equal(1_200 / 50, pages);
        Assert.Equal(pages, (await sim.RequestsAsync())["appgraphql/followers"]);
    }

    [Fact]
    public async Task FollowingList_with_a_count_and_cursor_in_request_data_answers_under_its_own_root()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = Client(sim.Url);
        JsonObject Variables(string? maxId) => new()
        {
            ["id"] = "1001",
            ["request_data"] = new JsonObject { ["count"] = 120, ["max_id"] = maxId, ["rank_token"] = "9001_x", ["search_surface"] = "follow_list_page" },
        };

        var (status, body) = await client.AskAsync(Query("FollowingList", "xdt_api__v1__friendships__following", FollowingDoc, Variables(null), Sessions.Demo, 9_001, docField: "doc_id"));
        Assert.Equal(HttpStatusCode.OK, status);
        var page = body!["data"]!["xdt_api__v1__friendships__following"]!;
        Assert.Equal(120, page["users"]!.AsArray().Count);
        Assert.True(page["big_list"]!.GetValue<bool>());
        Assert.False(page["should_limit_list_of_followers"]!.GetValue<bool>());

        var last = await client.AskAsync(Query("FollowingList", "xdt_api__v1__friendships__following", FollowingDoc,
            Variables(page["next_max_id"]!.GetValue<string>()), Sessions.Demo, 9_001, docField: "doc_id"));
        var lastPage = last.Body!["data"]!["xdt_api__v1__friendships__following"]!.AsObject();
        Assert.Equal(120, lastPage["users"]!.AsArray().Count);
        Assert.True(lastPage.ContainsKey("next_max_id"));
        Assert.NotNull(lastPage["next_max_id"]); // 800 following: more to come
        Assert.Equal(2, (await sim.RequestsAsync())["appgraphql/following"]);
    }

    [Fact]
    public async Task The_doc_ids_they_replaced_still_resolve_and_an_unknown_one_is_an_execution_error()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = Client(sim.Url);

        var old = await client.AskAsync(FollowersList(Sessions.Demo, 9_001, 1001, doc: "28479704797510738576165798526"));
        Assert.Equal(HttpStatusCode.OK, old.Status);
        Assert.Equal(50, old.Body!["data"]!["xdt_api__v1__friendships__followers"]!["users"]!.AsArray().Count);

        var unknown = await client.AskAsync(FollowersList(Sessions.Demo, 9_001, 1001, doc: "1234567890"));
        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        AssertJson("""{"errors":[{"message":"execution error","severity":"CRITICAL"}],"data":null}""", unknown.Body);
    }

    [Fact]
    public async Task Counts_above_the_app_cap_and_foreign_cursors_are_refused()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = Client(sim.Url);
        var tooMany = new JsonObject { ["user_id"] = "1001", ["request_data"] = new JsonObject { ["count"] = 350 } };

        var count = await client.AskAsync(Query("FollowersList", "xdt_api__v1__friendships__followers", FollowersDoc, tooMany, Sessions.Demo, 9_001, "client_doc_id"));
        Assert.Equal(HttpStatusCode.BadRequest, count.Status);
        AssertJson("""{"message":"Invalid count","status":"fail"}""", count.Body);

        var cursor = await client.AskAsync(FollowersList(Sessions.Demo, 9_001, 1001, maxId: "100"));
        Assert.Equal(HttpStatusCode.BadRequest, cursor.Status);
    }
}
