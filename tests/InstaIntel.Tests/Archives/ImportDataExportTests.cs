using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InstaIntel.Tests.Support;
using static InstaIntel.Tests.Archives.ArchiveFixtures;

namespace InstaIntel.Tests.Archives;

/// <summary>`importDataExport` over the GraphQL multipart request spec, as Apollo-style upload clients send it.</summary>
[Trait("Database", "RunDefault")]
public sealed class ImportDataExportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Mutation = """
        mutation($input: ImportDataExportInput!) {
          importDataExport(input: $input) {
            account usernameOnly placedInPast
            crawl { source status followersTotal followingTotal }
            errors { __typename ... on ArchiveRefusedError { message problem } }
          }
        }
        """;

    private static MultipartFormDataContent Request(byte[] file, string fileName, string map = """{"0": ["variables.input.file"]}""", bool preflight = true)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(JsonSerializer.Serialize(new { query = Mutation, variables = new { input = new { file = (object?)null } } })), "operations" },
            { new StringContent(map), "map" },
            { new ByteArrayContent(file), "0", fileName },
        };
        if (preflight) form.Headers.Add("GraphQL-Require-Preflight", "1");
        return form;
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(MultipartFormDataContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        if (content.Headers.TryGetValues("GraphQL-Require-Preflight", out var values))
        {
            content.Headers.Remove("GraphQL-Require-Preflight");
            request.Headers.Add("GraphQL-Require-Preflight", values);
        }
        request.Headers.Add("Accept", "application/json");
        var response = await app.CreateClient().SendAsync(request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [Fact]
    public async Task An_archive_sent_as_a_multipart_request_becomes_a_data_export_crawl()
    {
        var owner = $"o{Guid.NewGuid():N}"[..20];
        var zip = Zip(("connections/followers_and_following/followers_1.json", FollowersJson("pia.grey", "quin.bell")));

        var (status, body) = await PostAsync(Request(zip.ToArray(), $"instagram-{owner}-2026-11-20-Qw12Er.zip"));

        Assert.Equal(HttpStatusCode.OK, status);
        var payload = body.GetProperty("data").GetProperty("importDataExport");
        Assert.Equal(owner, payload.GetProperty("account").GetString());
        Assert.Equal(("DATA_EXPORT", "SUCCEEDED", 2), (payload.GetProperty("crawl").GetProperty("source").GetString(),
            payload.GetProperty("crawl").GetProperty("status").GetString(), payload.GetProperty("crawl").GetProperty("followersTotal").GetInt32()));
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("pt")]
    [InlineData("ru")]
    [InlineData("zh")]
    [InlineData("id")]
    [InlineData("it")]
    public async Task An_html_archive_in_any_export_language_imports_every_person(string language)
    {
        var owner = $"{language}{Guid.NewGuid():N}"[..20];
        var date = HtmlDates.ByLanguage[language];
        string[] followers = [.. Enumerable.Range(0, 37).Select(i => $"{language}_fan_{i:D2}")];
        string[] following = [.. Enumerable.Range(0, 12).Select(i => $"{language}.pick.{i:D2}")];
        var zip = Zip(
            ($"instagram-{owner}-2026-11-20-Lg12Ab/connections/followers_and_following/followers_1.html", FollowersHtml(followers, date)),
            ($"instagram-{owner}-2026-11-20-Lg12Ab/connections/followers_and_following/following.html", FollowingHtml(following, date)));

        var (status, body) = await PostAsync(Request(zip.ToArray(), $"instagram-{owner}-2026-11-20-Lg12Ab.zip"));

        Assert.Equal(HttpStatusCode.OK, status);
        var payload = body.GetProperty("data").GetProperty("importDataExport");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var crawl = payload.GetProperty("crawl");
        Assert.Equal(("SUCCEEDED", 37, 12), (crawl.GetProperty("status").GetString(), crawl.GetProperty("followersTotal").GetInt32(), crawl.GetProperty("followingTotal").GetInt32()));
        Assert.Equal(owner, payload.GetProperty("account").GetString());
    }

    [Fact]
    public async Task A_file_that_is_no_archive_is_a_typed_error()
    {
        var (status, body) = await PostAsync(Request("just text"u8.ToArray(), "notes.txt"));

        Assert.Equal(HttpStatusCode.OK, status);
        var error = body.GetProperty("data").GetProperty("importDataExport").GetProperty("errors")[0];
        Assert.Equal(("ArchiveRefusedError", "NOT_AN_ARCHIVE"), (error.GetProperty("__typename").GetString(), error.GetProperty("problem").GetString()));
    }

    [Fact]
    public async Task A_multipart_request_without_the_preflight_header_is_refused_as_a_possible_forgery()
    {
        var (status, body) = await PostAsync(Request("x"u8.ToArray(), "a.zip", preflight: false));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("CSRF_PREVENTION", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_map_that_names_no_variable_is_refused()
    {
        var (status, body) = await PostAsync(Request("x"u8.ToArray(), "a.zip", map: """{"0": ["variables.nowhere.file"]}"""));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("variables.nowhere.file", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
