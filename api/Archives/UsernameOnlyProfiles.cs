namespace InstaIntel.Api.Archives;

/// <summary>
/// Profiles known only by username (from an archive) have negative pks. When a crawl lists the same username with its
/// real pk, the crawl's completion moves their edges onto the real profile and drops the username-only one, so the
/// person is neither lost nor new, and their history and ignore marks follow them. <see cref="RenamedProfiles"/> does
/// the same for those who changed their username in between.
/// </summary>
public static class UsernameOnlyProfiles
{
    public static bool Is(long pk) => pk < 0;

    /// <summary>Run inside a crawl's completion, after its profiles are merged and before its delta; `$id` is the crawl.</summary>
    public const string AdoptSql = """
        CREATE TEMP TABLE IF NOT EXISTS adopted_profiles (placeholder INTEGER PRIMARY KEY, pk INTEGER NOT NULL);
        DELETE FROM adopted_profiles;
        INSERT OR IGNORE INTO adopted_profiles (placeholder, pk)
            SELECT p.pk, s.profile_pk FROM profiles p JOIN staged_profiles s ON s.username = p.username
            WHERE p.pk < 0 AND s.scrape_id = $id AND s.profile_pk > 0;
        """ + MoveAdoptedSql;

    /// <summary>Moves everything of each placeholder in `adopted_profiles` onto its real pk, then drops the placeholder.</summary>
    public const string MoveAdoptedSql = """
        UPDATE OR IGNORE followers SET profile_pk = (SELECT pk FROM adopted_profiles WHERE placeholder = followers.profile_pk)
            WHERE profile_pk IN (SELECT placeholder FROM adopted_profiles);
        DELETE FROM followers WHERE profile_pk IN (SELECT placeholder FROM adopted_profiles);
        UPDATE OR IGNORE following SET profile_pk = (SELECT pk FROM adopted_profiles WHERE placeholder = following.profile_pk)
            WHERE profile_pk IN (SELECT placeholder FROM adopted_profiles);
        DELETE FROM following WHERE profile_pk IN (SELECT placeholder FROM adopted_profiles);
        UPDATE follow_changes SET profile_pk = (SELECT pk FROM adopted_profiles WHERE placeholder = follow_changes.profile_pk)
            WHERE profile_pk IN (SELECT placeholder FROM adopted_profiles);
        UPDATE OR IGNORE ignored_profiles SET profile_pk = (SELECT pk FROM adopted_profiles WHERE placeholder = ignored_profiles.profile_pk)
            WHERE profile_pk IN (SELECT placeholder FROM adopted_profiles);
        DELETE FROM ignored_profiles WHERE profile_pk IN (SELECT placeholder FROM adopted_profiles);
        DELETE FROM profiles WHERE pk IN (SELECT placeholder FROM adopted_profiles);
        """;
}
