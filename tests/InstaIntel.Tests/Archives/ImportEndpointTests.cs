using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Realtime;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static InstaIntel.Tests.Archives.ArchiveFixtures;

namespace InstaIntel.Tests.Archives;

[Trait("Database", "RunDefault")]
public sealed class ImportEndpointTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Lists = "connections/followers_and_following/";

    private static string Owner() => $"o{Guid.NewGuid():N}"[..20];

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpContent content, AppFactory? on = null)
    {
        var response = await (on ?? app).CreateClient().PostAsync("/imports", content);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static MultipartFormDataContent Form(params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files) form.Add(new ByteArrayContent(content), "file", name);
        return form;
    }

    [Fact]
    public async Task A_zip_upload_imports_the_owners_lists()
    {
        var owner = Owner();
        var zip = Zip((Lists + "followers_1.json", FollowersJson("bo.reed", "cy_marsh")), (Lists + "following.json", FollowingJson("bo.reed")));

        var (status, body) = await PostAsync(Form(($"instagram-{owner}-2026-11-20-Xy3kQp.zip", zip.ToArray())));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(owner, body.GetProperty("account").GetString());
        Assert.Equal((2, 1, 2, "JSON"), (body.GetProperty("followers").GetInt32(), body.GetProperty("following").GetInt32(),
            body.GetProperty("usernameOnly").GetInt32(), body.GetProperty("format").GetString()));
        Assert.StartsWith("2026-11-20", body.GetProperty("madeAt").GetString());
        var data = await app.GraphQL().DataAsync($$"""{ account(username: "{{owner}}") { username } }""");
        Assert.Equal(owner, data["account"]?["username"]?.GetValue<string>());

        // Exports carry when each follow began, as the archive tells it.
        var rows = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/exports/{owner}/followers.json");
        var cy = rows.EnumerateArray().Single(r => r.GetProperty("handle").GetString() == "cy_marsh");
        Assert.Equal(Since.AddMinutes(1), cy.GetProperty("followedSince").GetDateTime().ToUniversalTime());
        var csv = await app.CreateClient().GetStringAsync($"/exports/{owner}/followers.csv");
        Assert.EndsWith(",followed since,lost reason", csv.Split('\n')[0].TrimEnd('\r'));
    }

    [Fact]
    public async Task A_crawlEvents_subscriber_hears_each_state_of_the_imports_crawl_once()
    {
        var owner = Owner();
        using var socket = await GraphQLSocket.ConnectAsync(app.CreateClient().BaseAddress!);
        await GraphQLSocket.SendAsync(socket, """{"type":"connection_init"}""");
        Assert.Equal("connection_ack", (await GraphQLSocket.NextAsync(socket))!["type"]!.GetValue<string>());
        await GraphQLSocket.SendAsync(socket, """{"type":"subscribe","id":"events","payload":{"query":"subscription { crawlEvents { target status } }"}}""");
        var bus = app.Services.GetRequiredService<IEventBus>();
        Task Mark(string target) => bus.PublishAsync(Topics.Crawls, new CrawlEvent(0, target, CrawlStatus.Queued, DateTime.UtcNow, null));

        // Live once a marker comes through.
        var first = GraphQLSocket.NextAsync(socket);
        for (var tries = 0; !first.IsCompleted && tries < 100; tries++)
        {
            await Mark("listening");
            await Task.WhenAny(first, Task.Delay(100));
        }
        Assert.NotNull(await first);

        var zip = Zip((Lists + "followers_1.json", FollowersJson("fay.lund")), (Lists + "following.json", FollowingJson("fay.lund")));
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Form(($"instagram-{owner}-2026-11-20-Xy3kQp.zip", zip.ToArray())))).Status);
        // Events arrive in the order published: once the marker sent after the upload arrives, the import's are all in.
        await Mark($"after-{owner}");
        var heard = new List<string>();
        for (var message = await GraphQLSocket.NextAsync(socket); ; message = await GraphQLSocket.NextAsync(socket))
        {
            var crawlEvent = message!["payload"]!["data"]!["crawlEvents"]!;
            var target = crawlEvent["target"]!.GetValue<string>();
            if (target == $"after-{owner}") break;
            if (target == owner) heard.Add(crawlEvent["status"]!.GetValue<string>());
        }
        Assert.Equal(["QUEUED", "RUNNING", "SUCCEEDED"], heard);
    }

    [Fact]
    public async Task Loose_files_need_the_account_named_when_they_do_not_say_whose_they_are()
    {
        var files = new[] { ("followers_1.json", Encoding.UTF8.GetBytes(FollowersJson("dee.fox"))), ("following.json", Encoding.UTF8.GetBytes(FollowingJson("eli_north"))) };

        var (status, body) = await PostAsync(Form(files));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("NoOwner", body.GetProperty("code").GetString());

        var owner = Owner();
        var form = Form(files);
        form.Add(new StringContent("@" + owner), "account");
        (status, body) = await PostAsync(form);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(owner, body.GetProperty("account").GetString());
    }

    [Fact]
    public async Task Another_accounts_archive_is_refused()
    {
        var form = Form(("instagram-ada.lane-2026-11-20-Xy3kQp.zip", Zip((Lists + "followers_1.json", FollowersJson("bo.reed"))).ToArray()));
        form.Add(new StringContent("someone.else"), "account");
        var (status, body) = await PostAsync(form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("@ada.lane", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_file_that_is_not_an_archive_is_refused_by_name()
    {
        var (status, body) = await PostAsync(Form(("holiday.jpg", "\xFF\xD8\xFF\xE0 not a zip"u8.ToArray())));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("NotAnArchive", body.GetProperty("code").GetString());
        Assert.Contains("holiday.jpg", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_multipart_is_refused()
    {
        var (status, body) = await PostAsync(new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Contains("multipart/form-data", body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_upload_above_the_setting_is_refused_and_nothing_is_kept()
    {
        using var small = AppFactory.With(new() { ["Imports:MaxUploadBytes"] = "2048" });
        var owner = Owner();
        var big = Zip((Lists + "followers_1.json", FollowersJson([.. Enumerable.Range(0, 200).Select(i => $"person_{i}")])));

        var (status, body) = await PostAsync(Form(($"instagram-{owner}-2026-11-20-Xy3kQp.zip", big.ToArray())), small);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("Imports:MaxUploadBytes", body.GetProperty("detail").GetString());
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(small.DataFolder, "imports")));
        var data = await small.GraphQL().DataAsync($$"""{ account(username: "{{owner}}") { username } }""");
        Assert.Null(data["account"]);
    }
}
