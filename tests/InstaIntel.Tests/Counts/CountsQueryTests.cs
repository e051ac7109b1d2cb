using System.Globalization;
using InstaIntel.Api.Counts;
using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Support;

namespace InstaIntel.Tests.Counts;

/// <summary>Runs on SQLite and on PostgreSQL.</summary>
public sealed class CountsQueryTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-28T12:00:00Z", CultureInfo.InvariantCulture);

    private static async Task<string> ImportAsync(AppFactory app, string username, string csv)
    {
        var account = await app.AddAccountAsync(username);
        var id = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Account:{account.Id}"));
        var data = await app.GraphQL().DataAsync("""
            mutation($id: ID!, $csv: String!) { importCounts(input: { accountId: $id, csv: $csv }) {
              imported errors { __typename ... on Error { message } ... on InvalidCountsCsvError { line } } } }
            """, new { id, csv });
        Assert.True(data["importCounts"]!["errors"] is null, data.ToJsonString());
        return id;
    }

    private static string Days(params (int DaysAgo, int Followers)[] rows) =>
        string.Join("\n", rows.Select(r => $"{Now.AddDays(-r.DaysAgo):yyyy-MM-dd},{r.Followers}"));

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Counts_growth_projection_and_rankings_read_the_imported_history(DatabaseProvider provider)
    {
        using var app = await Databases.AppAsync(provider, postgres, clock: new ShiftedClock(Now));
        await ImportAsync(app, "steady", Days((40, 1_000), (30, 1_100), (20, 1_180), (14, 1_260), (10, 1_300), (7, 1_330), (3, 1_370), (0, 1_400)));
        await ImportAsync(app, "rocket", Days((8, 100), (2, 300), (0, 500)));
        await ImportAsync(app, "lonely", Days((0, 50_000)));
        var client = app.GraphQL();

        var steady = (await client.DataAsync("""
            { account(username: "steady") {
                counts(from: "2026-11-24T00:00:00Z", every: DAY) { at followers }
                week: growth(days: 7) { followersFrom followersTo absolute percent }
                month: growth(days: 30) { absolute percent }
                projection(days: 10) { followers low high slopePerDay points }
                daysUntilProjection } }
            """))["account"]!;
        Assert.Equal("""[{"at":"2026-11-24T00:00:00.000Z","followers":null},{"at":"2026-11-25T00:00:00.000Z","followers":1370},{"at":"2026-11-26T00:00:00.000Z","followers":null},{"at":"2026-11-27T00:00:00.000Z","followers":null},{"at":"2026-11-28T00:00:00.000Z","followers":1400}]""",
            steady["counts"]!.ToJsonString());
        Assert.Equal("""{"followersFrom":1330,"followersTo":1400,"absolute":70,"percent":5.26}""", steady["week"]!.ToJsonString());
        Assert.Equal("""{"absolute":300,"percent":27.27}""", steady["month"]!.ToJsonString());
        // Fitted to the readings of the last 30 days (−30, −20, −14, −10, −7, −3, 0 days).
        var day = Now.UtcDateTime.Date;
        var expected = Trend.Project([(day.AddDays(-30), 1_100), (day.AddDays(-20), 1_180), (day.AddDays(-14), 1_260), (day.AddDays(-10), 1_300),
            (day.AddDays(-7), 1_330), (day.AddDays(-3), 1_370), (day, 1_400)], 10)!;
        Assert.Equal(expected.Followers, steady["projection"]!["followers"]!.GetValue<double>(), 6);
        Assert.Equal(7, steady["projection"]!["points"]!.GetValue<int>());
        Assert.Equal(0, steady["daysUntilProjection"]!.GetValue<int>());
        var rocket = (await client.DataAsync("""{ account(username: "rocket") { projection { followers } daysUntilProjection } }"""))["account"]!;
        Assert.Null(rocket["projection"]);
        Assert.Equal(Trend.MinDays - 3, rocket["daysUntilProjection"]!.GetValue<int>());

        var ranks = await client.DataAsync("""
            { followers: rankings(by: FOLLOWERS) { rank account { username } followers }
              gain: rankings(by: GAIN_7D) { account { username } gain7d }
              pct: rankings(by: GROWTH_PCT_30D, first: 2) { account { username } growthPct30d } }
            """);
        Assert.Equal(["lonely", "steady", "rocket"], ranks["followers"]!.AsArray().Select(r => r!["account"]!["username"]!.GetValue<string>()));
        Assert.Equal([1, 2, 3], ranks["followers"]!.AsArray().Select(r => r!["rank"]!.GetValue<int>()));
        Assert.Equal("""[{"account":{"username":"rocket"},"gain7d":400},{"account":{"username":"steady"},"gain7d":70},{"account":{"username":"lonely"},"gain7d":null}]""",
            ranks["gain"]!.ToJsonString());
        Assert.Equal("""[{"account":{"username":"rocket"},"growthPct30d":400},{"account":{"username":"steady"},"growthPct30d":27.27}]""", ranks["pct"]!.ToJsonString());

        var lonely = (await client.DataAsync("""{ account(username: "lonely") { growth(days: 7) { absolute } projection { followers } } }"""))["account"]!;
        Assert.Equal("""{"growth":null,"projection":null}""", lonely.ToJsonString());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Bad_arguments_and_csv_lines_get_specific_errors(DatabaseProvider provider)
    {
        using var app = await Databases.AppAsync(provider, postgres, clock: new ShiftedClock(Now));
        var id = await ImportAsync(app, "someone", "2026-11-01,10");
        var client = app.GraphQL();

        var bad = await client.DataAsync("mutation($id: ID!) { importCounts(input: { accountId: $id, csv: \"date,followers\\n2026-11-02,many\" }) { imported errors { ... on InvalidCountsCsvError { message line } } } }", new { id });
        Assert.Equal(0, bad["importCounts"]!["imported"]!.GetValue<int>());
        var error = bad["importCounts"]!["errors"]![0]!;
        Assert.Equal(("Line 2: followers `many` is not a whole number of 0 or more.", 2), (error["message"]!.GetValue<string>(), error["line"]!.GetValue<int>()));

        foreach (var (query, message) in new[]
        {
            ("""{ account(username: "someone") { growth(days: 0) { absolute } } }""", "`days` must be from 1 to 3,650."),
            ("""{ account(username: "someone") { counts(from: "2026-11-02T00:00:00Z", to: "2026-11-01T00:00:00Z") { at } } }""", "`from` must not be after `to`."),
            ("""{ account(username: "someone") { counts(from: "2000-01-01T00:00:00Z", every: DAY) { at } } }""", "more than 3,700 points"),
            ("""{ rankings(first: 501) { rank } }""", "The maximum allowed items per page were exceeded."),
        })
        {
            var answer = await client.QueryAsync(query);
            Assert.Contains(message, answer["errors"]![0]!["message"]!.GetValue<string>());
        }

    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_count_history_downloads_as_csv_json_and_xlsx(DatabaseProvider provider)
    {
        using var app = await Databases.AppAsync(provider, postgres, clock: new ShiftedClock(Now));
        await ImportAsync(app, "exported", "date,followers,following,posts\n2026-11-01,100,20,3\n2026-11-02,110");
        var client = app.GraphQL();
        var url = (await client.DataAsync("""{ account(username: "exported") { countsExportUrl(format: CSV) } }"""))["account"]!["countsExportUrl"]!.GetValue<string>();
        Assert.EndsWith("/exports/exported/counts.csv", url);

        var csv = await client.Http.GetStringAsync("/exports/exported/counts.csv");
        Assert.Equal("at,followers,following,posts,source\r\n2026-11-01T00:00:00.000Z,100,20,3,import\r\n2026-11-02T00:00:00.000Z,110,,,import\r\n", csv.TrimStart('\uFEFF'));
        var json = await client.Http.GetStringAsync("/exports/exported/counts.json");
        Assert.Equal("""[{"at":"2026-11-01T00:00:00Z","followers":100,"following":20,"posts":3,"source":"import"},{"at":"2026-11-02T00:00:00Z","followers":110,"following":null,"posts":null,"source":"import"}]""", json);
        var xlsx = await client.Http.GetAsync("/exports/exported/counts.xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal((byte)'P', (await xlsx.Content.ReadAsByteArrayAsync())[0]);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.Http.GetAsync("/exports/nobody/counts.csv")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await client.Http.GetAsync("/exports/exported/counts.pdf")).StatusCode);
    }
}
