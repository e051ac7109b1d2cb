using System.Data.Common;
using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.GraphQL;

/// <summary>A list page costs a fixed number of SQL commands, however many rows it shows: to-one fields load in batches.</summary>
[Trait("Database", "RunDefault")]
public sealed class SqlCountTests : IDisposable
{
    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int count;
        public int Count => Volatile.Read(ref count);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref count);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    private readonly CommandCounter commands = new();
    private readonly AppFactory app;

    public SqlCountTests() =>
        // No background reads while counting: neither resume checks nor the alert worker delivering the crawls' events.
        app = AppFactory.With(new() { ["Instagram:ResumeCheckEvery"] = "01:00:00", ["Alerts:Deliver"] = "false" },
            services: s =>
            {
                s.ConfigureDbContext<InstaIntelDb>(o => o.AddInterceptors(commands));
                s.ConfigureDbContext<PostgresInstaIntelDb>(o => o.AddInterceptors(commands)); // the context on PostgreSQL
            });

    public void Dispose() => app.Dispose();

    private async Task<int> CommandsForAsync(string query, object variables)
    {
        var graphql = app.GraphQL();
        await graphql.DataAsync(query, variables); // warm: the first request also reads the schema's start-up data
        var before = commands.Count;
        await graphql.DataAsync(query, variables);
        return commands.Count - before;
    }

    [Fact]
    public async Task The_history_page_of_30_crawls_with_target_and_account_costs_the_same_few_commands_as_a_page_of_2()
    {
        for (var a = 0; a < 10; a++)
        {
            var account = await app.AddAccountAsync($"sql_count_{a}");
            for (var s = 0; s < 3; s++) await app.CrawlAsync(account.Id, People.Range(1, 3));
        }
        const string history = """
            query ($first: Int!) { crawls(first: $first, order: [{ createdAt: DESC }]) {
              totalCount nodes { id target status account { id username timeline { followerCount } } } } }
            """;

        var page = (await app.GraphQL().DataAsync(history, new { first = 30 }))["crawls"]!["nodes"]!.AsArray();
        Assert.Equal(30, page.Count);
        Assert.All(page, n => Assert.Equal(n!["target"]!.GetValue<string>(), n["account"]!["username"]!.GetValue<string>()));
        Assert.Equal("sql_count_9", page[0]!["target"]!.GetValue<string>());
        Assert.Equal([3, 3, 3], page[0]!["account"]!["timeline"]!.AsArray().Select(p => p!["followerCount"]!.GetValue<int>()));

        var thirty = await CommandsForAsync(history, new { first = 30 });
        var two = await CommandsForAsync(history, new { first = 2 });
        Assert.Equal(two, thirty);
        Assert.InRange(thirty, 1, 4); // count, page, accounts, their timelines
    }

    [Fact]
    public async Task The_accounts_page_with_timelines_costs_the_same_few_commands_for_12_accounts_as_for_2()
    {
        for (var a = 0; a < 12; a++)
        {
            var account = await app.AddAccountAsync($"sql_accounts_{a}");
            await app.CrawlAsync(account.Id, People.Range(1, a + 1));
        }
        const string accounts = """
            query ($first: Int!) { accounts(first: $first, order: [{ username: ASC }]) { totalCount nodes { username timeline { followerCount } } } }
            """;

        var nodes = (await app.GraphQL().DataAsync(accounts, new { first = 12 }))["accounts"]!["nodes"]!.AsArray();
        Assert.Equal(12, nodes.Count);
        Assert.Equal(1, nodes[0]!["timeline"]![0]!["followerCount"]!.GetValue<int>()); // sql_accounts_0

        var twelve = await CommandsForAsync(accounts, new { first = 12 });
        var two = await CommandsForAsync(accounts, new { first = 2 });
        Assert.Equal(two, twelve);
        Assert.InRange(twelve, 1, 3); // count, page, timelines
    }
}
