using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InstaIntel.Bench;

public sealed record FollowersPage(IReadOnlyList<long> Pks, string? EndCursor, bool HasNextPage);

/// <summary>Pages through a target's followers over /graphql, filtered by a username substring.</summary>
public sealed class FollowersClient(HttpClient http, string target, string usernameContains)
{
    private const string Query = """
        query($u:String!,$after:String,$w:FollowerFilterInput){ account(username:$u){ followers(first:FIRST, after:$after, where:$w){
          edges{cursor node{pk username fullName firstSeenAt}} pageInfo{endCursor hasNextPage} } } }
        """;

    public async Task<FollowersPage> PageAsync(int first, string? after)
    {
        using var response = await SendAsync(Body(first, after));
        return Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Times pages of 50 after each of the given cursors, interleaved so that every page sees the same JIT tier and
    /// machine load: untimed rounds until there were <paramref name="warmupRounds"/> and <paramref name="warmupTime"/>
    /// has passed, then <paramref name="count"/> timed rounds. Returns the timings and how many warm-up rounds ran.
    /// </summary>
    public async Task<(Timings[] Pages, int WarmupRounds)> TimeAsync(string?[] cursors, int warmupRounds, TimeSpan warmupTime, int count)
    {
        var bodies = cursors.Select(c => Body(50, c)).ToArray();
        var warming = Stopwatch.StartNew();
        var rounds = 0;
        for (; rounds < warmupRounds || warming.Elapsed < warmupTime; rounds++)
            foreach (var body in bodies)
            {
                using var response = await SendAsync(body);
                var page = Parse(await response.Content.ReadAsStringAsync());
                if (page.Pks.Count != 50) throw new InvalidOperationException($"Expected 50 followers, got {page.Pks.Count}.");
            }
        var samples = bodies.Select(_ => new double[count]).ToArray();
        for (var round = 0; round < count; round++)
            for (var i = 0; i < bodies.Length; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await SendAsync(bodies[i]);
                await response.Content.ReadAsByteArrayAsync();
                samples[i][round] = watch.Elapsed.TotalMilliseconds;
            }
        return (samples.Select(s => new Timings(s)).ToArray(), rounds);
    }

    private byte[] Body(int first, string? after) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        query = Query.Replace("FIRST", first.ToString()),
        variables = new { u = target, after, w = new { username = new { contains = usernameContains } } },
    });

    private async Task<HttpResponseMessage> SendAsync(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var response = await http.PostAsync("graphql", content);
        response.EnsureSuccessStatusCode();
        return response;
    }

    private static FollowersPage Parse(string json)
    {
        var root = JsonNode.Parse(json)!;
        if (root["errors"] is JsonArray errors) throw new InvalidOperationException($"GraphQL errors: {errors.ToJsonString()}");
        var followers = root["data"]?["account"]?["followers"] ?? throw new InvalidOperationException($"No followers in {json}");
        var pks = followers["edges"]!.AsArray().Select(e => e!["node"]!["pk"]!.GetValue<long>()).ToList();
        var info = followers["pageInfo"]!;
        return new FollowersPage(pks, info["endCursor"]?.GetValue<string>(), info["hasNextPage"]!.GetValue<bool>());
    }
}

public sealed class Timings(double[] samples)
{
    private readonly double[] sorted = samples.Order().ToArray();

    public double P50 => Percentile(0.50);
    public double P99 => Percentile(0.99);

    /// <summary>Nearest-rank percentile.</summary>
    private double Percentile(double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
