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

    /// <summary>
    /// Pairs each username-only profile with the real one the crawl `$id` listed under its username, into the TEMP table
    /// `adopted_profiles`. Writes nothing but that table, so it runs outside any write transaction; with no
    /// username-only profile at all it reads nothing else either. <see cref="MoveAdoptedSql"/> then moves them.
    /// </summary>
    public const string FindSql = """
        CREATE TEMP TABLE IF NOT EXISTS adopted_profiles (placeholder INTEGER PRIMARY KEY, pk INTEGER NOT NULL);
        DELETE FROM adopted_profiles;
        INSERT OR IGNORE INTO adopted_profiles (placeholder, pk)
            SELECT p.pk, s.profile_pk FROM profiles p JOIN staged_profiles s ON s.username = p.username
            WHERE p.pk < 0 AND s.crawl_id = $id AND s.profile_pk > 0 AND EXISTS (SELECT 1 FROM profiles WHERE pk < 0);
        """;

    /// <summary>Moves everything of each placeholder in `adopted_profiles` onto its real pk, then drops the placeholder.</summary>
    public const string MoveAdoptedSql = """
        UPDATE OR IGNORE follower_edges SET profile_pk = (SELECT pk FROM adopted_profiles WHERE placeholder = follower_edges.profile_pk)
            WHERE profile_pk IN (SELECT placeholder FROM adopted_profiles);
        DELETE FROM follower_edges WHERE profile_pk IN (SELECT placeholder FROM adopted_profiles);
        UPDATE OR IGNORE following_edges SET profile_pk = (SELECT pk FROM adopted_profiles WHERE placeholder = following_edges.profile_pk)
            WHERE profile_pk IN (SELECT placeholder FROM adopted_profiles);
        DELETE FROM following_edges WHERE profile_pk IN (SELECT placeholder FROM adopted_profiles);
        UPDATE follow_changes SET profile_pk = (SELECT pk FROM adopted_profiles WHERE placeholder = follow_changes.profile_pk)
            WHERE profile_pk IN (SELECT placeholder FROM adopted_profiles);
        UPDATE OR IGNORE ignored_profiles SET profile_pk = (SELECT pk FROM adopted_profiles WHERE placeholder = ignored_profiles.profile_pk)
            WHERE profile_pk IN (SELECT placeholder FROM adopted_profiles);
        DELETE FROM ignored_profiles WHERE profile_pk IN (SELECT placeholder FROM adopted_profiles);
        DELETE FROM profiles WHERE pk IN (SELECT placeholder FROM adopted_profiles);
        """;

    /// <summary><see cref="FindSql"/> and <see cref="MoveAdoptedSql"/> on PostgreSQL, inside the completion's transaction (the TEMP table goes at commit).</summary>
    public const string AdoptSqlPostgres = """
        CREATE TEMP TABLE adopted_profiles (placeholder bigint PRIMARY KEY, pk bigint NOT NULL) ON COMMIT DROP;
        INSERT INTO adopted_profiles (placeholder, pk)
            SELECT p.pk, s.profile_pk FROM profiles p JOIN staged_profiles s ON s.username = p.username
            WHERE p.pk < 0 AND s.crawl_id = @crawl AND s.profile_pk > 0
        ON CONFLICT DO NOTHING;
        """ + MoveAdoptedSqlPostgres;

    /// <summary><see cref="MoveAdoptedSql"/> on PostgreSQL: a row whose real pk is already there is dropped instead of moved.</summary>
    public const string MoveAdoptedSqlPostgres = """
        UPDATE follower_edges e SET profile_pk = a.pk FROM adopted_profiles a
            WHERE e.profile_pk = a.placeholder AND NOT EXISTS (SELECT 1 FROM follower_edges x WHERE x.target_id = e.target_id AND x.profile_pk = a.pk);
        DELETE FROM follower_edges WHERE profile_pk IN (SELECT placeholder FROM adopted_profiles);
        UPDATE following_edges e SET profile_pk = a.pk FROM adopted_profiles a
            WHERE e.profile_pk = a.placeholder AND NOT EXISTS (SELECT 1 FROM following_edges x WHERE x.target_id = e.target_id AND x.profile_pk = a.pk);
        DELETE FROM following_edges WHERE profile_pk IN (SELECT placeholder FROM adopted_profiles);
        UPDATE follow_changes c SET profile_pk = a.pk FROM adopted_profiles a WHERE c.profile_pk = a.placeholder;
        UPDATE ignored_profiles i SET profile_pk = a.pk FROM adopted_profiles a
            WHERE i.profile_pk = a.placeholder AND NOT EXISTS (SELECT 1 FROM ignored_profiles x WHERE x.account_id = i.account_id AND x.profile_pk = a.pk);
        DELETE FROM ignored_profiles WHERE profile_pk IN (SELECT placeholder FROM adopted_profiles);
        DELETE FROM profiles WHERE pk IN (SELECT placeholder FROM adopted_profiles);
        """;
}
