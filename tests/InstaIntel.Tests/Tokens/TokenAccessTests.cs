using System.Net;
using InstaIntel.Api.Tokens;
using InstaIntel.Tests.Support;
using Microsoft.Data.Sqlite;
using static InstaIntel.Tests.Tokens.TokenWorld;

namespace InstaIntel.Tests.Tokens;

/// <summary>Tokens over HTTP from a client that is neither trusted nor unlocked: each scope on each surface.</summary>
[Trait("Database", "RunDefault")]
public sealed class TokenAccessTests
{
    [Fact]
    public async Task A_read_token_queries_reads_the_schema_and_exports_but_changes_nothing()
    {
        using var world = new TokenWorld();
        var (_, secret) = await world.CreateAsync(TokenScope.Read);

        using var post = await world.PostAsync("query Count { accounts(first: 1) { totalCount } }", secret);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(0, (await JsonAsync(post))["data"]!["accounts"]!["totalCount"]!.GetValue<int>());

        using var get = await world.GetAsync("/graphql?query=%7B%20dashboard%20%7B%20__typename%20%7D%20%7D", secret);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Contains("\"Dashboard\"", await get.Content.ReadAsStringAsync());

        foreach (var path in new[] { "/graphql?sdl", "/schema.graphql", "/graphql/schema.graphql" })
        {
            using var sdl = await world.GetAsync(path, secret);
            Assert.Equal(HttpStatusCode.OK, sdl.StatusCode);
            Assert.Contains("type Query", await sdl.Content.ReadAsStringAsync());
        }

        using var export = await world.GetAsync("/exports/someone/followers.csv", secret);
        Assert.Equal(HttpStatusCode.NotFound, export.StatusCode); // past the gate: no such account

        using var mutation = await world.PostAsync("mutation { addAccount(input: { target: \"someone\" }) { account { id } } }", secret);
        var error = (await JsonAsync(mutation))["errors"]![0]!;
        Assert.Equal(ScopeRule.Code, error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("crawl", error["extensions"]!["scope"]!.GetValue<string>());
        Assert.Contains("`crawl` scope", error["message"]!.GetValue<string>());

        using var admin = await world.PostAsync("{ apiTokens { name } }", secret);
        Assert.Equal("admin", (await JsonAsync(admin))["errors"]![0]!["extensions"]!["scope"]!.GetValue<string>());

        using var backup = await world.GetAsync("/backups/instaintel-2026.db", secret);
        Assert.Equal(HttpStatusCode.Forbidden, backup.StatusCode);
        Assert.Equal(ScopeRule.Code, await ErrorCodeAsync(backup));
    }

    [Fact]
    public async Task A_crawl_token_tracks_and_untracks_but_cannot_read_and_an_admin_token_manages_tokens()
    {
        using var world = new TokenWorld();
        var (_, crawl) = await world.CreateAsync(TokenScope.Crawl);
        using var added = await world.PostAsync("mutation { addAccount(input: { target: \"@someone\" }) { account { id username } } }", crawl);
        var account = (await JsonAsync(added))["data"]!["addAccount"]!["account"]!;
        Assert.Equal("someone", account["username"]!.GetValue<string>());

        using var read = await world.PostAsync("{ accounts(first: 1) { totalCount } }", crawl);
        Assert.Equal("read", (await JsonAsync(read))["errors"]![0]!["extensions"]!["scope"]!.GetValue<string>());
        using var sessions = await world.PostAsync("mutation { logOut { connected } }", crawl);
        Assert.Equal("admin", (await JsonAsync(sessions))["errors"]![0]!["extensions"]!["scope"]!.GetValue<string>());

        using var deleted = await world.PostAsync("mutation($id: ID!) { deleteAccount(input: { accountId: $id }) { deletedAccountId } }", crawl,
            variables: new { id = account["id"]!.GetValue<string>() });
        Assert.NotNull((await JsonAsync(deleted))["data"]!["deleteAccount"]!["deletedAccountId"]);

        var (_, admin) = await world.CreateAsync(TokenScope.Admin);
        using var created = await world.PostAsync(
            "mutation { createApiToken(input: { name: \"Home Assistant\", scopes: [READ], expiresAt: \"2099-01-01T00:00:00Z\" }) { secret apiToken { id name scopes expiresAt active } errors { __typename } } }", admin);
        var payload = (await JsonAsync(created))["data"]!["createApiToken"]!;
        var secret = payload["secret"]!.GetValue<string>();
        Assert.StartsWith("ii_", secret);
        Assert.Equal("READ", payload["apiToken"]!["scopes"]![0]!.GetValue<string>());
        Assert.Equal("2099-01-01T00:00:00.000Z", payload["apiToken"]!["expiresAt"]!.GetValue<string>());

        using (var works = await world.PostAsync("{ accounts(first: 1) { totalCount } }", secret))
            Assert.Equal(HttpStatusCode.OK, works.StatusCode);
        using var listed = await world.PostAsync("{ apiTokens { name secretEnd lastUsedAt lastUsedFrom } }", admin);
        var list = (await JsonAsync(listed))["data"]!["apiTokens"]!.AsArray();
        var homeAssistant = list.Single(t => t!["name"]!.GetValue<string>() == "Home Assistant")!;
        Assert.Equal(secret[^4..], homeAssistant["secretEnd"]!.GetValue<string>());
        Assert.Equal("127.0.0.1", homeAssistant["lastUsedFrom"]!.GetValue<string>());
        Assert.DoesNotContain(secret, await listed.Content.ReadAsStringAsync());

        using var revoked = await world.PostAsync("mutation($id: ID!) { revokeApiToken(input: { id: $id }) { apiToken { active revokedAt } } }", admin,
            variables: new { id = payload["apiToken"]!["id"]!.GetValue<string>() });
        Assert.False((await JsonAsync(revoked))["data"]!["revokeApiToken"]!["apiToken"]!["active"]!.GetValue<bool>());
        using var refused = await world.PostAsync("{ accounts(first: 1) { totalCount } }", secret);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("TOKEN_REVOKED", await ErrorCodeAsync(refused));

        // Only the hash is stored: the secret is nowhere in the database file.
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(world.App.DataFolder, "instaintel.db*"))
        {
            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(file);
            }
            catch (FileNotFoundException)
            {
                continue; // the WAL is deleted when the app's last connection closes; a file gone holds nothing
            }
            Assert.DoesNotContain(secret, System.Text.Encoding.ASCII.GetString(bytes));
        }
    }

    [Fact]
    public async Task Bad_input_to_createApiToken_gets_a_typed_error_naming_the_field()
    {
        using var world = new TokenWorld();
        var (_, admin) = await world.CreateAsync(TokenScope.Admin);
        foreach (var (input, field) in new[]
                 {
                     ("name: \"  \", scopes: [READ]", "name"), ("name: \"x\", scopes: []", "scopes"),
                     ("name: \"x\", scopes: [READ], expiresAt: \"2001-01-01T00:00:00Z\"", "expiresAt"),
                 })
        {
            using var response = await world.PostAsync($"mutation {{ createApiToken(input: {{ {input} }}) {{ secret errors {{ ... on InvalidApiTokenError {{ field message }} }} }} }}", admin);
            var payload = (await JsonAsync(response))["data"]!["createApiToken"]!;
            Assert.Null(payload["secret"]);
            Assert.Equal(field, payload["errors"]![0]!["field"]!.GetValue<string>());
        }
        using var unknown = await world.PostAsync("mutation { revokeApiToken(input: { id: \"QXBpVG9rZW46OTk=\" }) { errors { __typename ... on Error { message } } } }", admin);
        Assert.Equal("ApiTokenNotFoundError", (await JsonAsync(unknown))["data"]!["revokeApiToken"]!["errors"]![0]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Wrong_expired_and_revoked_tokens_get_401_with_a_graphql_error_body()
    {
        var clock = new ShiftedClock(DateTimeOffset.UtcNow);
        using var world = new TokenWorld(clock: clock);
        var (soon, expiring) = await world.Tokens.CreateAsync("soon", [TokenScope.Read], DateTime.UtcNow.AddHours(1), CancellationToken.None);
        var (revokedToken, revoked) = await world.CreateAsync(TokenScope.Read);
        await world.Tokens.RevokeAsync(revokedToken.Id, CancellationToken.None);
        clock.Set(DateTimeOffset.UtcNow.AddHours(2));

        foreach (var (secret, code) in new[] { ("ii_wrong", "TOKEN_INVALID"), ("not-even-a-token", "TOKEN_INVALID"), (expiring, "TOKEN_EXPIRED"), (revoked, "TOKEN_REVOKED") })
        {
            using var response = await world.PostAsync("{ __typename }", secret, accept: "application/graphql-response+json");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal(code, await ErrorCodeAsync(response));
            using var export = await world.GetAsync("/exports/someone/followers.csv", secret);
            Assert.Equal(HttpStatusCode.Unauthorized, export.StatusCode);
        }
        Assert.Equal("soon", soon.Name);
    }

    [Fact]
    public async Task A_token_never_opens_the_web_client_and_never_gets_a_cookie()
    {
        using var world = new TokenWorld(new() { ["Security:TrustedNetworks"] = "none" });
        var (_, secret) = await world.CreateAsync(TokenScope.Read, TokenScope.Crawl, TokenScope.Admin);
        foreach (var path in new[] { "/", "/accounts/", "/graphql" })
        {
            using var page = await world.GetAsync(path, secret, accept: "text/html,application/xhtml+xml");
            Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
            Assert.Contains("<title>Unlock InstaIntel</title>", await page.Content.ReadAsStringAsync());
            Assert.False(page.Headers.Contains("Set-Cookie"));
        }
    }

    [Fact]
    public async Task Each_token_has_its_own_rate_limit_answered_with_429_and_retry_after()
    {
        using var world = new TokenWorld(new() { ["Tokens:RequestsPerMinute"] = "3" });
        var (_, first) = await world.CreateAsync(TokenScope.Read);
        var (_, second) = await world.CreateAsync(TokenScope.Read);
        for (var i = 0; i < 3; i++)
            using (var ok = await world.PostAsync("{ __typename }", first))
                Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        using var limited = await world.PostAsync("{ __typename }", first);
        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        Assert.Equal("RATE_LIMITED", await ErrorCodeAsync(limited));
        Assert.InRange(int.Parse(limited.Headers.GetValues("Retry-After").Single()), 1, 60);

        using var other = await world.PostAsync("{ __typename }", second);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Token_use_is_logged_with_name_and_operation_but_never_the_secret()
    {
        using var world = new TokenWorld();
        var (token, secret) = await world.CreateAsync(TokenScope.Read);
        using (await world.PostAsync("query LostFollowers { accounts(first: 1) { totalCount } }", secret)) { }
        using (await world.GetAsync("/exports/someone/followers.csv", secret)) { }

        var lines = world.Logs.ToArray();
        Assert.Contains(lines, l => l.Contains(token.Name) && l.Contains("LostFollowers") && l.Contains("127.0.0.1"));
        Assert.Contains(lines, l => l.Contains(token.Name) && l.Contains("/exports/someone/followers.csv"));
        Assert.DoesNotContain(lines, l => l.Contains(secret) || l.Contains(secret[3..]));
    }

    [Fact]
    public void Every_root_field_has_the_scope_its_kind_of_work_needs()
    {
        Assert.Equal(TokenScope.Read, RootFieldScopes.For(GraphQLParser.AST.OperationType.Query, "accounts"));
        Assert.Equal(TokenScope.Read, RootFieldScopes.For(GraphQLParser.AST.OperationType.Subscription, "crawlProgress"));
        Assert.Equal(TokenScope.Admin, RootFieldScopes.For(GraphQLParser.AST.OperationType.Query, "apiTokens"));
        Assert.Equal(TokenScope.Crawl, RootFieldScopes.For(GraphQLParser.AST.OperationType.Mutation, "startCrawl"));
        Assert.Equal(TokenScope.Admin, RootFieldScopes.For(GraphQLParser.AST.OperationType.Mutation, "createBackup"));
        Assert.Equal(TokenScope.Admin, RootFieldScopes.For(GraphQLParser.AST.OperationType.Mutation, "aMutationAddedLater"));
    }
}
