using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using InstaIntel.Api.Tokens;
using InstaIntel.Tests.Support;
using static InstaIntel.Tests.Support.GraphQLSocket;
using static InstaIntel.Tests.Tokens.TokenWorld;

namespace InstaIntel.Tests.Tokens;

/// <summary>Trusted documents from the web client's build, automatic persisted queries, and GraphQL:OnlyPersistedOperations.</summary>
public sealed class PersistedOperationTests
{
    private static readonly string Manifest = Path.Combine(RepoRoot.Find(), "client", "persisted-operations.json");

    /// <summary>The web client's dashboard query, as the manifest has it.</summary>
    private static (string Hash, string Document) DashboardOperation()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Manifest))!.AsObject();
        var entry = manifest.First(e => e.Value!.GetValue<string>().StartsWith("query Dashboard {", StringComparison.Ordinal));
        return (entry.Key, entry.Value!.GetValue<string>());
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, string? query, string hash, string? secret = null)
    {
        var body = new JsonObject { ["extensions"] = new JsonObject { ["persistedQuery"] = new JsonObject { ["version"] = 1, ["sha256Hash"] = hash } } };
        if (query is not null) body["query"] = query;
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        if (secret is not null) request.Headers.Authorization = new("Bearer", secret);
        return await http.SendAsync(request);
    }

    [Fact]
    public void The_manifest_maps_each_hash_to_its_document()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Manifest))!.AsObject();
        Assert.True(manifest.Count > 10, "client/persisted-operations.json is missing operations: run `npm run codegen` in client/.");
        foreach (var (hash, document) in manifest) Assert.Equal(hash, PersistedOperations.Sha256(document!.GetValue<string>()));
    }

    [Fact]
    public async Task The_web_clients_operations_run_by_hash_alone_over_http_and_websocket()
    {
        using var app = AppFactory.With(new() { ["GraphQL:PersistedOperationsFile"] = Manifest });
        using var http = app.CreateClient();
        var (hash, _) = DashboardOperation();
        using var response = await SendAsync(http, null, hash);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await JsonAsync(response))["data"]!["dashboard"]);

        using var get = await http.GetAsync("/graphql?extensions=" + Uri.EscapeDataString($$$"""{"persistedQuery":{"version":1,"sha256Hash":"{{{hash}}}"}}"""));
        Assert.NotNull((await JsonAsync(get))["data"]!["dashboard"]);

        using var socket = await ConnectAsync(http.BaseAddress!);
        await GraphQLSocket.SendAsync(socket, """{"type":"connection_init"}""");
        Assert.Equal("connection_ack", (await NextAsync(socket))!["type"]!.GetValue<string>());
        await GraphQLSocket.SendAsync(socket, """{"id":"1","type":"subscribe","payload":{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"HASH"}}}}""".Replace("HASH", hash));
        Assert.NotNull((await NextAsync(socket))!["payload"]!["data"]!["dashboard"]);
    }

    [Fact]
    public async Task An_unknown_hash_is_not_found_until_sent_with_its_document_which_must_match_it()
    {
        using var app = AppFactory.With(new() { ["GraphQL:PersistedOperationsFile"] = Manifest });
        using var http = app.CreateClient();
        const string query = "query Tool { accounts(first: 1) { totalCount } }";
        var hash = PersistedOperations.Sha256(query);

        using (var unknown = await SendAsync(http, null, hash))
            Assert.Equal("PERSISTED_QUERY_NOT_FOUND", await ErrorCodeAsync(unknown));
        using (var wrong = await SendAsync(http, query, new string('0', 64)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", await ErrorCodeAsync(wrong));
        }
        using (var registered = await SendAsync(http, query, hash))
            Assert.Equal(0, (await JsonAsync(registered))["data"]!["accounts"]!["totalCount"]!.GetValue<int>());
        using var byHash = await SendAsync(http, null, hash);
        Assert.Equal(0, (await JsonAsync(byHash))["data"]!["accounts"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_token_registering_documents_by_the_thousand_flushes_only_its_own_registry()
    {
        using var world = new TokenWorld(new() { ["Tokens:RequestsPerMinute"] = "100000" }); // as if over many minutes
        var (_, patient) = await world.CreateAsync(TokenScope.Read);
        var (_, flooding) = await world.CreateAsync(TokenScope.Read);
        const string kept = "query Kept { accounts(first: 1) { totalCount } }";
        using (var registered = await SendAsync(world.Http, kept, PersistedOperations.Sha256(kept), patient))
            Assert.Equal(HttpStatusCode.OK, registered.StatusCode);

        string Flood(int i) => $"query Flood{i} {{ __typename }}";
        for (var i = 0; i <= PersistedOperations.MaxRegistered; i++)
            using (await SendAsync(world.Http, Flood(i), PersistedOperations.Sha256(Flood(i)), flooding)) { }

        using var byHash = await SendAsync(world.Http, null, PersistedOperations.Sha256(kept), patient);
        Assert.Equal(0, (await JsonAsync(byHash))["data"]!["accounts"]!["totalCount"]!.GetValue<int>());
        using var floodersFirst = await SendAsync(world.Http, null, PersistedOperations.Sha256(Flood(0)), flooding);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", (await JsonAsync(floodersFirst))["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        using var otherCaller = await SendAsync(world.Http, null, PersistedOperations.Sha256(kept), flooding);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", (await JsonAsync(otherCaller))["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_persisted_operations_refuses_a_tokens_own_documents_but_not_the_dashboards()
    {
        using var world = new TokenWorld(new() { ["GraphQL:PersistedOperationsFile"] = Manifest, ["GraphQL:OnlyPersistedOperations"] = "true" });
        var (_, secret) = await world.CreateAsync(TokenScope.Read);
        var (hash, document) = DashboardOperation();

        using (var trusted = await SendAsync(world.Http, null, hash, secret))
            Assert.NotNull((await JsonAsync(trusted))["data"]!["dashboard"]);
        using (var sameDocument = await world.PostAsync(document, secret))
            Assert.Equal(HttpStatusCode.OK, sameDocument.StatusCode);

        using (var adHoc = await world.PostAsync("{ accounts(first: 1) { totalCount } }", secret))
        {
            Assert.Equal(HttpStatusCode.Forbidden, adHoc.StatusCode);
            Assert.Equal("PERSISTED_QUERY_REQUIRED", await ErrorCodeAsync(adHoc));
        }
        const string own = "{ accounts(first: 1) { totalCount } }";
        using (var register = await SendAsync(world.Http, own, PersistedOperations.Sha256(own), secret))
            Assert.Equal("PERSISTED_QUERY_REQUIRED", await ErrorCodeAsync(register));

        using var socket = await world.ConnectAsync(headerSecret: secret);
        await GraphQLSocket.SendAsync(socket, """{"type":"connection_init"}""");
        Assert.Equal("connection_ack", (await NextAsync(socket))!["type"]!.GetValue<string>());
        await GraphQLSocket.SendAsync(socket, """{"id":"1","type":"subscribe","payload":{"query":"{ accounts(first: 1) { totalCount } }"}}""");
        var refused = await NextAsync(socket);
        Assert.Equal("error", refused!["type"]!.GetValue<string>());
        Assert.Equal("PERSISTED_QUERY_REQUIRED", refused["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());

        // The dashboard (trusted here by its address in a second app) still sends what it likes.
        using var dashboard = AppFactory.With(new() { ["GraphQL:PersistedOperationsFile"] = Manifest, ["GraphQL:OnlyPersistedOperations"] = "true" });
        using var own2 = await dashboard.GraphQL().Http.PostAsync("/graphql", new StringContent("""{"query":"{ accounts(first: 1) { totalCount } }"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, own2.StatusCode);
    }
}
