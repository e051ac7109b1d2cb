using InstaIntel.Api.Persistence;

namespace InstaIntel.Api.Insights;

public static partial class Search
{
    /// <summary>Substring candidates from the `profile_search` FTS5 trigram table, kept in step with `profiles` (SearchIndex).</summary>
    private static void SubstringOnSqlite(System.Data.Common.DbCommand command, string term, int candidates)
    {
        command.CommandText = "SELECT rowid, username, full_name FROM profile_search WHERE profile_search MATCH @q LIMIT @n";
        command.AddParameter("q", Phrase(term));
        command.AddParameter("n", candidates);
    }

    /// <summary>User text as one FTS5 string: quotes doubled, so `"`, `*`, `:`, `^`, `(`, `-`, AND/OR/NOT are plain characters.</summary>
    public static string Phrase(string term) => "\"" + term.Replace("\"", "\"\"") + "\"";
}
