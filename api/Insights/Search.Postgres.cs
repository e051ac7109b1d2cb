using InstaIntel.Api.Persistence;

namespace InstaIntel.Api.Insights;

public static partial class Search
{
    /// <summary>
    /// Substring candidates on PostgreSQL: ILIKE over `profiles` itself, answered from the `pg_trgm` GIN indexes on
    /// username and full name (PostgresInstaIntelDb), so there is no separate table to keep in step.
    /// </summary>
    private static void SubstringOnPostgres(System.Data.Common.DbCommand command, string term, int candidates)
    {
        command.CommandText = "SELECT pk, username, full_name FROM profiles WHERE username ILIKE @q OR full_name ILIKE @q LIMIT @n";
        command.AddParameter("q", "%" + LikeLiteral(term) + "%");
        command.AddParameter("n", candidates);
    }

    /// <summary>User text as a LIKE pattern that matches itself: `%`, `_` and the escape character `\` are escaped.</summary>
    public static string LikeLiteral(string term) => term.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
