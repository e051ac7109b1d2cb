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
                -- One row per (account, profile) straight from the primary keys: a follower row, its following twin if any.
                SELECT f.target_id, f.profile_pk, CASE WHEN g.profile_pk IS NULL THEN 1 ELSE 3 END AS kind
                FROM targets t
                JOIN followers f ON f.target_id = t.id AND f.lost_in_scrape_id IS NULL
                LEFT JOIN following g ON g.target_id = f.target_id AND g.profile_pk = f.profile_pk AND g.lost_in_scrape_id IS NULL
                UNION ALL
                SELECT g.target_id, g.profile_pk, 2
                FROM targets t
                JOIN following g ON g.target_id = t.id AND g.lost_in_scrape_id IS NULL
                WHERE NOT EXISTS (SELECT 1 FROM followers f WHERE f.target_id = g.target_id AND f.profile_pk = g.profile_pk AND f.lost_in_scrape_id IS NULL)),
            shared AS (
                SELECT profile_pk, count(*) AS degree FROM pair GROUP BY profile_pk HAVING count(*) >= $min),
            kept AS (
                SELECT profile_pk, degree, count(*) OVER () AS total_nodes, sum(degree) OVER () AS total_edges
                FROM shared ORDER BY degree DESC, profile_pk LIMIT $cap)
            -- The kept profiles' edges by primary-key lookups, rather than a second pass over every relation.
            SELECT k.profile_pk, k.degree, k.total_nodes, k.total_edges, t.id,
                   EXISTS (SELECT 1 FROM followers f WHERE f.target_id = t.id AND f.profile_pk = k.profile_pk AND f.lost_in_scrape_id IS NULL)
                   + 2 * EXISTS (SELECT 1 FROM following g WHERE g.target_id = t.id AND g.profile_pk = k.profile_pk AND g.lost_in_scrape_id IS NULL) AS kind,
                   pr.username, pr.full_name, pr.profile_pic_url, pr.is_verified
            FROM kept k
            CROSS JOIN targets t
            JOIN profiles pr ON pr.pk = k.profile_pk
            WHERE kind > 0
            ORDER BY k.degree DESC, k.profile_pk, t.id
            """;
        command.Parameters.AddWithValue("$accounts", "[" + string.Join(",", tracked.Select(a => a.Id)) + "]");
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
        return new Network(nodes, edges, accounts.Count + totalProfiles, totalEdges); // accounts past the cap are counted, not searched
    }

    // Node ids are the GraphQL global ids, so a client can pass one straight to `node(id:)`.
    private static string AccountNodeId(long id) => GraphQL.Relay.GlobalId.Encode(Accounts.AccountType.TypeName, id);
    private static string ProfileNodeId(long pk) => GraphQL.Relay.GlobalId.Encode(Profiles.ProfileType.TypeName, pk);
}
