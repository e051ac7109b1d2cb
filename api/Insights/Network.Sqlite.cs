using System.Data.Common;

namespace InstaIntel.Api.Insights;

public sealed partial record Network
{
    private static void OnSqlite(DbCommand command, long[] accountIds)
    {
        command.CommandText = """
            WITH targets AS (SELECT value AS id FROM json_each(@accounts)),
            pair AS (
                -- One row per (account, profile) straight from the primary keys: a follower row, its following twin if any.
                SELECT f.target_id, f.profile_pk, CASE WHEN g.profile_pk IS NULL THEN 1 ELSE 3 END AS kind
                FROM targets t
                JOIN followers f ON f.target_id = t.id AND f.lost_in_crawl_id IS NULL
                LEFT JOIN following g ON g.target_id = f.target_id AND g.profile_pk = f.profile_pk AND g.lost_in_crawl_id IS NULL
                UNION ALL
                SELECT g.target_id, g.profile_pk, 2
                FROM targets t
                JOIN following g ON g.target_id = t.id AND g.lost_in_crawl_id IS NULL
                WHERE NOT EXISTS (SELECT 1 FROM followers f WHERE f.target_id = g.target_id AND f.profile_pk = g.profile_pk AND f.lost_in_crawl_id IS NULL)),
            shared AS (
                SELECT profile_pk, count(*) AS degree FROM pair GROUP BY profile_pk HAVING count(*) >= @min),
            kept AS (
                SELECT profile_pk, degree, count(*) OVER () AS total_nodes, sum(degree) OVER () AS total_edges
                FROM shared ORDER BY degree DESC, profile_pk LIMIT @cap)
            -- The kept profiles' edges by primary-key lookups, rather than a second pass over every relation.
            SELECT k.profile_pk, k.degree, k.total_nodes, k.total_edges, t.id,
                   EXISTS (SELECT 1 FROM followers f WHERE f.target_id = t.id AND f.profile_pk = k.profile_pk AND f.lost_in_crawl_id IS NULL)
                   + 2 * EXISTS (SELECT 1 FROM following g WHERE g.target_id = t.id AND g.profile_pk = k.profile_pk AND g.lost_in_crawl_id IS NULL) AS kind,
                   pr.username, pr.full_name, pr.profile_pic_url, pr.is_verified
            FROM kept k
            CROSS JOIN targets t
            JOIN profiles pr ON pr.pk = k.profile_pk
            WHERE kind > 0
            ORDER BY k.degree DESC, k.profile_pk, t.id
            """;
        var accounts = command.CreateParameter();
        (accounts.ParameterName, accounts.Value) = ("accounts", "[" + string.Join(",", accountIds) + "]");
        command.Parameters.Add(accounts);
    }
}
