namespace InstaIntel.Api.Insights;

/// <summary>
/// The search index's batch step: profiles first seen since the last one (noted by a trigger on `profiles`) go into
/// the FTS5 table together. Ingest runs it when a crawl ends, whatever the outcome, inside that step's transaction.
/// CROSS JOIN keeps the (small) pending list as the outer loop: otherwise SQLite walks all of `profiles` for the
/// ORDER BY, a full scan on every run.
/// </summary>
public static class SearchIndex
{
    public const string IndexPendingSql = """
        INSERT INTO profile_search (rowid, username, full_name)
            SELECT p.pk, p.username, p.full_name FROM profile_search_pending q CROSS JOIN profiles p ON p.pk = q.pk ORDER BY q.pk;
        DELETE FROM profile_search_pending;
        """;
}
