using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InstaIntel.Api.Exports;
using MiniExcelLibs;

namespace InstaIntel.Tests.Exports;

/// <summary>Every format round-trips and holds exactly the rows the same view's connection returns for the same where/order.</summary>
[Trait("Database", "RunDefault")]
public sealed class ExportTests(ExportWorld world) : IClassFixture<ExportWorld>
{
    private const string Fields = "username fullName isVerified isPrivate profileUrl profilePicUrl firstSeenAt lastSeenAt isNew lostAt followedAt lostReason";

    public static TheoryData<string, string, string?, string?> Cases => new()
    {
        { "followers", "FOLLOWERS", null, null },
        { "following", "FOLLOWING", null, "[{ username: DESC }]" },
        { "mutuals", "MUTUALS", "{ isPrivate: { eq: false } }", null },
        { "fans", "FANS", null, "[{ fullName: ASC }]" },
        { "notFollowingBack", "NOT_FOLLOWING_BACK", null, null },
        { "followers", "FOLLOWERS", "{ isNew: { eq: true } }", null },
        { "followers", "FOLLOWERS", "{ isLost: { eq: true } }", "[{ lostAt: DESC }, { username: ASC }]" },
        { "followers", "FOLLOWERS", "{ or: [{ fullName: { contains: \",\" } }, { firstSeenAt: { gte: \"2000-01-01T00:00:00Z\" }, pk: { lt: 12 } }] }", "[{ fullName: DESC }]" },
    };

    private async Task<(string Url, string[][] Expected)> ExpectAsync(string field, string view, string format, string? where, string? order)
    {
        var args = (where is null ? "" : $", where: {where}") + (order is null ? "" : $", order: {order}");
        var data = await world.App.GraphQL().DataAsync($$"""
            { account(username: "exported") {
                exportUrl(view: {{view}}, format: {{format}}{{args}})
                {{field}}(first: 500{{args}}) { nodes { {{Fields}} } } } }
            """);
        var nodes = data["account"]![field]!["nodes"]!.AsArray();
        Assert.NotEmpty(nodes);
        var expected = nodes.Select(n => new[]
        {
            S(n!["username"]), S(n["fullName"]), B(n["isVerified"]), B(n["isPrivate"]), S(n["profileUrl"]), S(n["profilePicUrl"]),
            S(n["firstSeenAt"]), S(n["lastSeenAt"]), n["lostAt"] is not null ? "lost" : n["isNew"]!.GetValue<bool>() ? "new" : "present",
            S(n["followedAt"]), S(n["lostReason"]).ToLowerInvariant(),
        }).ToArray();
        return (data["account"]!["exportUrl"]!.GetValue<string>(), expected);

        static string S(JsonNode? n) => n?.GetValue<string>() ?? "";
        static string B(JsonNode? n) => n!.GetValue<bool>() ? "true" : "false";
    }

    private Task<HttpResponseMessage> GetAsync(string url) => world.App.CreateClient().GetAsync(url);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Csv_holds_the_connection_rows_with_formulas_neutralised(string field, string view, string? where, string? order)
    {
        var (url, expected) = await ExpectAsync(field, view, "CSV", where, order);
        using var response = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);

        var rows = Csv.Parse(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(["handle", "full name", "verified", "private", "profile URL", "picture URL", "first seen", "last seen", "status", "followed since", "lost reason"], rows[0]);
        Assert.Equal(expected.Select(r => r.Select(Neutralised).ToArray()), rows.Skip(1));
    }

    private static string Neutralised(string cell) => cell.Length > 0 && "=+-@\t".Contains(cell[0]) ? "'" + cell : cell;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Json_holds_the_connection_rows(string field, string view, string? where, string? order)
    {
        var (url, expected) = await ExpectAsync(field, view, "JSON", where, order);
        using var response = await GetAsync(url);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        var rows = json.RootElement.EnumerateArray().Select(r => new[]
        {
            r.GetProperty("handle").GetString()!, r.GetProperty("fullName").GetString()!, Bool(r.GetProperty("verified")),
            Bool(r.GetProperty("private")), r.GetProperty("profileUrl").GetString()!, r.GetProperty("pictureUrl").GetString() ?? "",
            Time(r.GetProperty("firstSeen")), Time(r.GetProperty("lastSeen")), r.GetProperty("status").GetString()!,
            r.GetProperty("followedSince").ValueKind == JsonValueKind.Null ? "" : Time(r.GetProperty("followedSince")),
            r.GetProperty("lostReason").GetString() ?? "",
        });
        Assert.Equal(expected, rows);

        static string Bool(JsonElement e) => e.GetBoolean() ? "true" : "false";
        static string Time(JsonElement e) => e.GetDateTime().ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Xlsx_holds_the_connection_rows_across_sheets(string field, string view, string? where, string? order)
    {
        var (url, expected) = await ExpectAsync(field, view, "XLSX", where, order);
        using var response = await GetAsync(url);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        // The fixture allows 4 rows per sheet, header included, so every 3 rows continue on a new sheet.
        var sheets = MiniExcel.GetSheetNames(file);
        Assert.Equal((expected.Length + 2) / 3, sheets.Count);
        var rows = new List<string[]>();
        foreach (var sheet in sheets)
        {
            var sheetRows = MiniExcel.Query(file, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();
            Assert.InRange(sheetRows.Count, 1, 3);
            rows.AddRange(sheetRows.Select(r => new[]
            {
                Text(r["handle"]), Text(r["full name"]), Bool(r["verified"]), Bool(r["private"]), Text(r["profile URL"]), Text(r["picture URL"]),
                Time(r["first seen"]), Time(r["last seen"]), Text(r["status"]), r["followed since"] is null ? "" : Time(r["followed since"]),
                Text(r["lost reason"]),
            }));
        }
        // Times come back to the second, and XML reads a CRLF inside text as LF; everything else is exact.
        Assert.Equal(expected.Select(r => r.Select((cell, i) => i is 6 or 7 or 9 && cell.Length >= 19 ? cell[..19] : cell.Replace("\r\n", "\n")).ToArray()), rows);

        static string Text(object? v) => v?.ToString() ?? "";
        static string Bool(object? v) => Assert.IsType<bool>(v) ? "true" : "false";
        static string Time(object? v) => ((DateTime)v!).ToString("yyyy-MM-dd'T'HH:mm:ss");
    }

    [Theory]
    [InlineData("exported followers", 1, "exported followers")]
    [InlineData("exported followers", 2, "exported followers (2)")]
    [InlineData("a_thirty_character_username_xy not-following-back", 1, "a_thirty_character_username_xy")]
    [InlineData("a_thirty_character_username_xy not-following-back", 12, "a_thirty_character_usernam (12)")]
    public void Sheet_names_fit_in_excels_31_characters(string name, int sheet, string expected)
    {
        Assert.Equal(expected, XlsxExport.SheetName(name, sheet));
        Assert.True(expected.Length <= 31);
    }

    [Fact]
    public async Task Downloads_are_attachments_named_after_account_view_and_date()
    {
        var (url, _) = await ExpectAsync("notFollowingBack", "NOT_FOLLOWING_BACK", "CSV", null, null);
        using var response = await GetAsync(url);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal($"exported-not-following-back-{DateTime.UtcNow:yyyy-MM-dd}.csv", response.Content.Headers.ContentDisposition.FileName);
        Assert.StartsWith("http://", url);
        Assert.Contains("/exports/exported/not-following-back.csv", url);
    }

    [Fact]
    public async Task Csv_quotes_only_what_needs_it_and_ends_records_with_crlf()
    {
        var (url, _) = await ExpectAsync("followers", "FOLLOWERS", "CSV", "{ pk: { in: [1, 2, 3, 4, 12] } }", "[{ pk: ASC }]");
        using var response = await GetAsync(url);
        var text = Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]);
        var lines = text.Split("\r\n");
        Assert.StartsWith("user_0001,\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"click\"\")\",", lines[1]);
        Assert.StartsWith("user_0002,\"Smith, John\",", lines[2]);
        Assert.StartsWith("user_0003,\"Say \"\"hi\"\"\",", lines[3]);
        Assert.StartsWith("user_0004,\"two", lines[4]);
        Assert.StartsWith("lines\",", lines[5]);
        Assert.StartsWith("user_0012,Person 12,false,true,https://www.instagram.com/user_0012/,", lines[6]);
    }

    public static TheoryData<string, string> BadRequests => new()
    {
        { "/exports/exported/everyone.csv", "Unknown view `everyone`" },
        { "/exports/exported/followers.pdf", "Unknown format `pdf`" },
        { "/exports/exported/followers", "Unknown view `followers`" },
        { "/exports/exported/followers.csv?where=%%%", "`where` must be base64url-encoded JSON" },
        { "/exports/exported/followers.csv?where=" + B64("{\"username\":"), "`where` must be base64url-encoded JSON" },
        { "/exports/exported/followers.csv?where=" + B64("{\"nickname\":{\"eq\":\"x\"}}"), "nickname" },
        { "/exports/exported/followers.csv?where=" + B64("{\"pk\":{\"eq\":\"seven\"}}"), "$where" },
        { "/exports/exported/followers.csv?where=" + B64("{\"pk\":{\"gt\":null}}"), "need a value, not null" },
        { "/exports/exported/followers.csv?order=" + B64("[{\"username\":\"UP\"}]"), "$order" },
    };

    private static string B64(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_requests_get_a_400_that_says_what_is_wrong(string path, string message)
    {
        using var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(message, problem["detail"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/exports/exported/following,not-following-back.csv")]
    [InlineData("/exports/exported/followers,fans.xlsx")]
    [InlineData("/exports/exported/followers.csv,json")]
    public async Task A_list_of_views_or_formats_is_404_saying_one_per_download(string path)
    {
        using var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("One view in one format per download", problem["title"]!.GetValue<string>());
        Assert.Contains("download each on its own", problem["detail"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/exports/exported/1.csv", "Unknown view `1`")]
    [InlineData("/exports/exported/followers.2", "Unknown format `2`")]
    public async Task Numbers_do_not_name_views_or_formats(string path, string message)
    {
        using var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_account_is_404()
    {
        using var response = await GetAsync("/exports/nobody_here/followers.json");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("nobody_here", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ExportUrl_refuses_an_unknown_view_or_format_as_GraphQL_validation()
    {
        var result = await world.App.GraphQL().QueryAsync("""{ account(username: "exported") { exportUrl(view: EVERYONE, format: PDF) } }""");
        Assert.Null(result["data"]);
        Assert.Equal(2, result["errors"]!.AsArray().Count);
    }
}
