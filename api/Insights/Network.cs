using System.ComponentModel;
using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Insights;

[Description("Which way a follow goes.")]
public enum NetworkRelation
{
    [Description("The profile follows the tracked account.")] FollowedBy = 1,
    [Description("The tracked account follows the profile.")] Follows = 2,
    [Description("Both follow each other.")] Mutual = 3,
}

public sealed record NetworkNode(string Id, bool IsTrackedAccount, long? Pk, string Username, string FullName, string? ProfilePicUrl, bool IsVerified, int Degree);

public sealed record NetworkEdge(string Source, string Target, NetworkRelation Relation);

public sealed partial record Network(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges, int TotalNodeCount, int TotalEdgeCount)
{
    public bool Truncated => Nodes.Count < TotalNodeCount;

    public const int DefaultMaxNodes = 2_000;
    public const int MaxNodes = 10_000;

    /// <summary>
    /// The tracked accounts and every profile with a present relation to at least <paramref name="minShared"/> of them,
    /// strongest-connected first, cut at <paramref name="maxNodes"/> nodes. The whole aggregation runs in the database over
    /// the edge primary keys (Network.Sqlite.cs, Network.Postgres.cs); only the kept nodes and their edges come back.
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
        await using var command = db.Database.GetDbConnection().CreateCommand();
        var ids = tracked.Select(a => a.Id).ToArray();
        if (db.Database.IsNpgsql()) OnPostgres(command, ids);
        else OnSqlite(command, ids);
        foreach (var (name, value) in new (string, object)[] { ("min", Math.Max(1, minShared)), ("cap", Math.Max(0, maxNodes - tracked.Count)) })
            command.AddParameter(name, value);

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
