using InstaIntel.Api.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Insights;

public enum NetworkRelation
{
    /// <summary>The profile follows the tracked account.</summary>
    FollowedBy = 1,
    /// <summary>The tracked account follows the profile.</summary>
    Follows = 2,
    /// <summary>Both.</summary>
    Mutual = 3,
}

public sealed record NetworkNode(string Id, bool IsTrackedAccount, long? Pk, string Username, string FullName, string? ProfilePicUrl, bool IsVerified, int Degree);

public sealed record NetworkEdge(string Source, string Target, NetworkRelation Relation);

public sealed record Network(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges, int TotalNodeCount, int TotalEdgeCount)
{
    public bool Truncated => Nodes.Count < TotalNodeCount;

    public const int DefaultMaxNodes = 2_000;
    public const int MaxNodes = 10_000;

    /// <summary>
    /// The tracked accounts and every profile with a present relation to at least <paramref name="minShared"/> of them,
    /// strongest-connected first, cut at <paramref name="maxNodes"/> nodes. The whole aggregation runs in SQLite over
    /// the edge primary keys; only the kept nodes and their edges come back.
    /// </summary>
    public static async Task<Network> LoadAsync(InstaIntelDb db, IReadOnlyList<long>? accountIds, int minShared, int maxNodes, CancellationToken ct)
    {
        var accounts = await db.Accounts.AsNoTracking()
            .Where(a => accountIds == null || accountIds.Contains(a.Id))
            .OrderBy(a => a.Id)
            .ToListAsync(ct);
        var tracked = accounts.Take(maxNodes).ToList();
        if (accounts.Count == 0) return new Network([], [], 0, 0);

        await db.Database.OpenConnectionAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            WITH targets AS (SELECT value AS id FROM json_each($accounts)),
            pair AS (
                SELECT target_id, profile_pk, sum(kind) AS kind FROM (
                    SELECT f.target_id, f.profile_pk, 1 AS kind FROM followers f JOIN targets t ON f.target_id = t.id WHERE f.lost_in_scrape_id IS NULL
                    UNION ALL
                    SELECT g.target_id, g.profile_pk, 2 AS kind FROM following g JOIN targets t ON g.target_id = t.id WHERE g.lost_in_scrape_id IS NULL)
                GROUP BY target_id, profile_pk),
            shared AS (
                SELECT profile_pk, count(*) AS degree FROM pair GROUP BY profile_pk HAVING count(*) >= $min),
            kept AS (
                SELECT profile_pk, degree, count(*) OVER () AS total_nodes, sum(degree) OVER () AS total_edges
                FROM shared ORDER BY degree DESC, profile_pk LIMIT $cap)
            SELECT k.profile_pk, k.degree, k.total_nodes, k.total_edges, p.target_id, p.kind,
                   pr.username, pr.full_name, pr.profile_pic_url, pr.is_verified
            FROM kept k
            JOIN pair p ON p.profile_pk = k.profile_pk
            JOIN profiles pr ON pr.pk = k.profile_pk
            ORDER BY k.degree DESC, k.profile_pk, p.target_id
            """;
        command.Parameters.AddWithValue("$accounts", "[" + string.Join(",", accounts.Select(a => a.Id)) + "]");
        command.Parameters.AddWithValue("$min", Math.Max(1, minShared));
        command.Parameters.AddWithValue("$cap", Math.Max(0, maxNodes - tracked.Count));

        var profileNodes = new List<NetworkNode>();
        var edges = new List<NetworkEdge>();
        int totalProfiles = 0, totalEdges = 0;
        var degreeOfAccount = new Dictionary<long, int>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            long? current = null;
            while (await reader.ReadAsync(ct))
            {
                var pk = reader.GetInt64(0);
                totalProfiles = reader.GetInt32(2);
                totalEdges = reader.GetInt32(3);
                var nodeId = ProfileNodeId(pk);
                if (current != pk)
                {
                    current = pk;
                    profileNodes.Add(new NetworkNode(nodeId, false, pk, reader.GetString(6), reader.GetString(7),
                        reader.IsDBNull(8) ? null : reader.GetString(8), reader.GetBoolean(9), reader.GetInt32(1)));
                }
                var target = reader.GetInt64(4);
                degreeOfAccount[target] = degreeOfAccount.GetValueOrDefault(target) + 1;
                edges.Add(new NetworkEdge(AccountNodeId(target), nodeId, (NetworkRelation)reader.GetInt32(5)));
            }
        }
        var nodes = tracked
            .Select(a => new NetworkNode(AccountNodeId(a.Id), true, a.Pk, a.Username, a.FullName, a.ProfilePicUrl, a.IsVerified,
                degreeOfAccount.GetValueOrDefault(a.Id)))
            .Concat(profileNodes).ToList();
        return new Network(nodes, edges, accounts.Count + totalProfiles, totalEdges);
    }

    // Node ids are the GraphQL global ids, so a client can pass one straight to `node(id:)`.
    private static string AccountNodeId(long id) => GraphQL.Relay.GlobalId.Encode(Accounts.AccountType.TypeName, id);
    private static string ProfileNodeId(long pk) => GraphQL.Relay.GlobalId.Encode(Profiles.ProfileType.TypeName, pk);
}
