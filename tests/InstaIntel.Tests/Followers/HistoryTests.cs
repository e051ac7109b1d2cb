using System.Text.Json.Nodes;
using InstaIntel.Tests.Support;
using static InstaIntel.Tests.Support.People;

namespace InstaIntel.Tests.Followers;

/// <summary>The change log through GraphQL: history by date, crawl comparisons, a person's page, ignore list, reviewed marks.</summary>
[Trait("Database", "RunDefault")]
public sealed class HistoryTests(HistoryTests.World world) : IClassFixture<HistoryTests.World>
{
    /// <summary>
    /// Crawls on Nov 1, 2 and 3: followers 1–10 (baseline), then 3–12 (1, 2 lost; 11, 12 new), then 1, 3–10, 12
    /// (1 back, 11 lost). Following 5–12 throughout.
    /// </summary>
    public sealed class World : IAsyncLifetime
    {
        public ShiftedClock Clock { get; } = new(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero));
        public AppFactory App { get; }
        public string AccountId { get; private set; } = "";
        public List<string> Crawls { get; } = [];

        public World() => App = AppFactory.With([], clock: Clock);

        public async Task InitializeAsync()
        {
            var account = await App.AddAccountAsync("history_target");
            AccountId = InstaIntel.Api.GraphQL.Relay.GlobalId.Encode("Account", account.Id);
            long[][] followers = [[.. Span(1, 10)], [.. Span(3, 12)], [1, .. Span(3, 10), 12]];
            for (var day = 0; day < 3; day++)
            {
                Clock.Set(new DateTimeOffset(2026, 11, 1 + day, 12, 0, 0, TimeSpan.Zero));
                var crawl = await App.CrawlAsync(account.Id, followers[day].Select(pk => Person(pk)), Range(5, 12));
                Crawls.Add(InstaIntel.Api.GraphQL.Relay.GlobalId.Encode("Crawl", crawl.Id));
            }
        }

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }
    }

    private static long[] Span(long from, long to) => Enumerable.Range((int)from, (int)(to - from + 1)).Select(i => (long)i).ToArray();

    private async Task<JsonNode> AccountAsync(string selection, object? variables = null) =>
        (await world.App.GraphQL().DataAsync($$"""query{{(variables is null ? "" : "($f: ID!, $t: ID!)")}} { account(username: "history_target") { {{selection}} } }""", variables))["account"]!;

    private static string[] Entries(JsonNode connection) =>
        connection["nodes"]!.AsArray().Select(n => $"{n!["kind"]} {n["pk"]} {n["at"]!.GetValue<string>()[..10]}").ToArray();

    [Fact]
    public async Task History_lists_every_new_and_lost_person_newest_first_without_the_baseline()
    {
        var changes = (await AccountAsync("changes(first: 50) { totalCount nodes { kind pk at username } }"))["changes"]!;
        Assert.Equal(["NEW 1 2026-11-03", "LOST 11 2026-11-03", "NEW 11 2026-11-02", "NEW 12 2026-11-02", "LOST 1 2026-11-02", "LOST 2 2026-11-02"],
            Entries(changes).OrderByDescending(e => e[^10..]).ThenBy(e => e.StartsWith("LOST")).ThenBy(e => e).ToArray());
        Assert.Equal(6, changes["totalCount"]!.GetValue<int>());
        Assert.Equal("2026-11-03", changes["nodes"]![0]!["at"]!.GetValue<string>()[..10]);
    }

    [Fact]
    public async Task History_filters_by_kind_and_date_range_and_pages_by_cursor()
    {
        var lost = (await AccountAsync("changes(kind: LOST, from: \"2026-11-03T00:00:00Z\", to: \"2026-11-03T23:59:59Z\") { nodes { kind pk at } }"))["changes"]!;
        Assert.Equal(["LOST 11 2026-11-03"], Entries(lost));

        var first = (await AccountAsync("changes(first: 4) { pageInfo { hasNextPage endCursor } nodes { pk } }"))["changes"]!;
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var rest = (await world.App.GraphQL().DataAsync("""query($a: String) { account(username: "history_target") { changes(first: 4, after: $a) { pageInfo { hasNextPage } nodes { pk } } } }""",
            new { a = first["pageInfo"]!["endCursor"]!.GetValue<string>() }))["account"]!["changes"]!;
        Assert.Equal(2, rest["nodes"]!.AsArray().Count);
        Assert.False(rest["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_date_range_that_ends_before_it_starts_is_refused()
    {
        var body = await world.App.GraphQL().QueryAsync("""{ account(username: "history_target") { changes(from: "2026-11-03T00:00:00Z", to: "2026-11-01T00:00:00Z") { totalCount } } }""");
        Assert.Equal("`from` must not be later than `to`.", body["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Comparing_two_crawls_lists_who_joined_and_left_between_them_in_either_order()
    {
        const string selection = "compareCrawls(from: $f, to: $t) { from { id } joined(first: 50) { totalCount nodes { pk } } left(first: 50) { nodes { pk } } }";
        var firstToLast = (await AccountAsync(selection, new { f = world.Crawls[0], t = world.Crawls[2] }))["compareCrawls"]!;
        Assert.Equal([12L], firstToLast["joined"]!["nodes"]!.AsArray().Select(n => n!["pk"]!.GetValue<long>()));
        Assert.Equal([2L], firstToLast["left"]!["nodes"]!.AsArray().Select(n => n!["pk"]!.GetValue<long>()));

        var reversed = (await AccountAsync(selection, new { f = world.Crawls[2], t = world.Crawls[1] }))["compareCrawls"]!;
        Assert.Equal(world.Crawls[1], reversed["from"]!["id"]!.GetValue<string>());
        Assert.Equal([1L], reversed["joined"]!["nodes"]!.AsArray().Select(n => n!["pk"]!.GetValue<long>()));
        Assert.Equal([11L], reversed["left"]!["nodes"]!.AsArray().Select(n => n!["pk"]!.GetValue<long>()));
    }

    [Fact]
    public async Task Comparing_a_crawl_with_itself_or_another_accounts_crawl_says_why_not()
    {
        var same = await world.App.GraphQL().QueryAsync("""query($f: ID!) { account(username: "history_target") { compareCrawls(from: $f, to: $f) { from { id } } } }""", new { f = world.Crawls[0] });
        Assert.Equal("Pick two different crawls to compare.", same["errors"]![0]!["message"]!.GetValue<string>());
        var missing = InstaIntel.Api.GraphQL.Relay.GlobalId.Encode("Crawl", 999);
        var other = await world.App.GraphQL().QueryAsync("""query($f: ID!, $t: ID!) { account(username: "history_target") { compareCrawls(from: $f, to: $t) { from { id } } } }""", new { f = world.Crawls[0], t = missing });
        Assert.Equal($"The crawl `{missing}` is not a crawl of this account.", other["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_persons_page_tells_when_they_came_left_and_came_back_and_how_they_relate_now()
    {
        var data = await world.App.GraphQL().DataAsync("""
            { profile(pk: 1) { username relations { account { username } followsAccount followedByAccount mutual steps { list kind at } } }
              nobody: profile(pk: 424242) { username } }
            """);
        var relation = data["profile"]!["relations"]![0]!;
        Assert.Equal("history_target", relation["account"]!["username"]!.GetValue<string>());
        Assert.Equal((true, false, false), (relation["followsAccount"]!.GetValue<bool>(), relation["followedByAccount"]!.GetValue<bool>(), relation["mutual"]!.GetValue<bool>()));
        Assert.Equal(["FOLLOWERS BASELINE 2026-11-01", "FOLLOWERS LOST 2026-11-02", "FOLLOWERS NEW 2026-11-03"],
            relation["steps"]!.AsArray().Select(s => $"{s!["list"]} {s["kind"]} {s["at"]!.GetValue<string>()[..10]}"));
        Assert.Null(data["nobody"]);

        var mutual = (await world.App.GraphQL().DataAsync("{ profile(pk: 6) { relations { mutual } } }"))["profile"]!["relations"]![0]!;
        Assert.True(mutual["mutual"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Ignored_people_leave_not_following_back_and_its_count_until_unignored()
    {
        const string check = "notFollowingBack(first: 50) { totalCount nodes { pk } } insights { followBack { notFollowingBack } } ignoredProfiles { pk }";
        Assert.Equal(1, (await AccountAsync(check))["notFollowingBack"]!["totalCount"]!.GetValue<int>()); // 11
        const string ignore = "mutation($a: ID!, $on: Boolean!) { ignoreProfiles(input: { accountId: $a, pks: [11, 11], ignored: $on }) { account { username } errors { __typename } } }";

        var added = await world.App.GraphQL().DataAsync(ignore, new { a = world.AccountId, on = true });
        Assert.Equal("history_target", added["ignoreProfiles"]!["account"]!["username"]!.GetValue<string>());
        var after = await AccountAsync(check);
        Assert.Equal(0, after["notFollowingBack"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, after["insights"]!["followBack"]!["notFollowingBack"]!.GetValue<int>());
        Assert.Equal([11L], after["ignoredProfiles"]!.AsArray().Select(p => p!["pk"]!.GetValue<long>()));

        await world.App.GraphQL().DataAsync(ignore, new { a = world.AccountId, on = false });
        Assert.Equal(1, (await AccountAsync(check))["notFollowingBack"]!["totalCount"]!.GetValue<int>());

        var unknown = await world.App.GraphQL().DataAsync(ignore, new { a = InstaIntel.Api.GraphQL.Relay.GlobalId.Encode("Account", 999), on = true });
        Assert.Equal("AccountNotFoundError", unknown["ignoreProfiles"]!["errors"]![0]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reviewed_marks_are_stored_and_filterable()
    {
        var lost = (await AccountAsync("changes(kind: LOST) { nodes { id pk reviewed } }"))["changes"]!["nodes"]!.AsArray();
        var ids = lost.Where(n => n!["pk"]!.GetValue<long>() != 11).Select(n => n!["id"]!.GetValue<string>()).ToArray();
        const string mark = "mutation($a: ID!, $ids: [ID!]!, $on: Boolean!) { markChangesReviewed(input: { accountId: $a, ids: $ids, reviewed: $on }) { updatedCount } }";
        var marked = await world.App.GraphQL().DataAsync(mark, new { a = world.AccountId, ids, on = true });
        Assert.Equal(2, marked["markChangesReviewed"]!["updatedCount"]!.GetValue<int>());

        var open = (await AccountAsync("changes(kind: LOST, where: { reviewed: { eq: false } }) { nodes { pk reviewed } }"))["changes"]!["nodes"]!.AsArray();
        Assert.Equal([11L], open.Select(n => n!["pk"]!.GetValue<long>()));
        await world.App.GraphQL().DataAsync(mark, new { a = world.AccountId, ids, on = false });
        Assert.Equal(3, (await AccountAsync("changes(kind: LOST, where: { reviewed: { eq: false } }) { totalCount }"))["changes"]!["totalCount"]!.GetValue<int>());

        var bad = await world.App.GraphQL().QueryAsync(mark, new { a = world.AccountId, ids = new[] { world.AccountId }, on = true });
        Assert.Contains("names a Account, not a FollowerChange", bad["errors"]![0]!["message"]!.GetValue<string>());
    }
}
