using System.Data.Common;

namespace InstaIntel.Api.Insights;

public sealed partial record Network
{
    /// <summary>
    /// The same aggregation as on SQLite (Network.Sqlite.cs): the accounts come as an array, counts are cast to int, and
    /// the relation kind is filtered one level up, since PostgreSQL's WHERE cannot name a select-list alias.
    /// </summary>
    private static void OnPostgres(DbCommand command, long[] accountIds)
    {
        command.CommandText = """
            WITH targets AS (SELECT unnest(@accounts) AS id),
            pair AS (
                SELECT f.target_id, f.profile_pk
                FROM targets t
                JOIN followers f ON f.target_id = t.id AND f.lost_in_crawl_id IS NULL
                UNION ALL
                SELECT g.target_id, g.profile_pk
                FROM targets t
                JOIN following g ON g.target_id = t.id AND g.lost_in_crawl_id IS NULL
                WHERE NOT EXISTS (SELECT 1 FROM followers f WHERE f.target_id = g.target_id AND f.profile_pk = g.profile_pk AND f.lost_in_crawl_id IS NULL)),
            shared AS (
                SELECT profile_pk, count(*)::int AS degree FROM pair GROUP BY profile_pk HAVING count(*) >= @min),
            kept AS (
                SELECT profile_pk, degree, (count(*) OVER ())::int AS total_nodes, (sum(degree) OVER ())::int AS total_edges
                FROM shared ORDER BY degree DESC, profile_pk LIMIT @cap)
            SELECT * FROM (
                SELECT k.profile_pk, k.degree, k.total_nodes, k.total_edges, t.id,
                       (EXISTS (SELECT 1 FROM followers f WHERE f.target_id = t.id AND f.profile_pk = k.profile_pk AND f.lost_in_crawl_id IS NULL))::int
                       + 2 * (EXISTS (SELECT 1 FROM following g WHERE g.target_id = t.id AND g.profile_pk = k.profile_pk AND g.lost_in_crawl_id IS NULL))::int AS kind,
                       pr.username, pr.full_name, pr.profile_pic_url, pr.is_verified
                FROM kept k
                CROSS JOIN targets t
                JOIN profiles pr ON pr.pk = k.profile_pk) edges
            WHERE kind > 0
            ORDER BY degree DESC, profile_pk, id
            """;
        var accounts = command.CreateParameter();
        (accounts.ParameterName, accounts.Value) = ("accounts", accountIds);
        command.Parameters.Add(accounts);
    }
}
