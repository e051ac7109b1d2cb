using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InstaIntel.Api.Persistence.Migrations
{
    /// <summary>
    /// New profiles reach the search index when their crawl ends, in one batch, instead of row by row as pages arrive:
    /// FTS5 writes a segment per transaction, and a crawl commits one per page, which tripled the ingest time.
    /// The insert trigger now only notes the pk; renames and deletes of a noted profile leave the index alone (it
    /// holds nothing for it yet, and the batch reads the current names).
    /// </summary>
    public partial class ProfileSearchDeferred : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TABLE profile_search_pending (pk INTEGER NOT NULL PRIMARY KEY);");
            migrationBuilder.Sql("DROP TRIGGER profile_search_insert;");
            migrationBuilder.Sql("DROP TRIGGER profile_search_update;");
            migrationBuilder.Sql("DROP TRIGGER profile_search_delete;");
            migrationBuilder.Sql("""
                CREATE TRIGGER profile_search_insert AFTER INSERT ON profiles BEGIN
                    INSERT OR IGNORE INTO profile_search_pending (pk) VALUES (new.pk);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER profile_search_update AFTER UPDATE OF username, full_name ON profiles
                WHEN (old.username IS NOT new.username OR old.full_name IS NOT new.full_name)
                    AND NOT EXISTS (SELECT 1 FROM profile_search_pending WHERE pk = old.pk) BEGIN
                    INSERT INTO profile_search (profile_search, rowid, username, full_name) VALUES ('delete', old.pk, old.username, old.full_name);
                    INSERT INTO profile_search (rowid, username, full_name) VALUES (new.pk, new.username, new.full_name);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER profile_search_delete AFTER DELETE ON profiles BEGIN
                    INSERT INTO profile_search (profile_search, rowid, username, full_name)
                        SELECT 'delete', old.pk, old.username, old.full_name
                        WHERE NOT EXISTS (SELECT 1 FROM profile_search_pending WHERE pk = old.pk);
                    DELETE FROM profile_search_pending WHERE pk = old.pk;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                INSERT INTO profile_search (rowid, username, full_name)
                    SELECT p.pk, p.username, p.full_name FROM profile_search_pending q JOIN profiles p ON p.pk = q.pk;
                """);
            migrationBuilder.Sql("DROP TRIGGER profile_search_insert;");
            migrationBuilder.Sql("DROP TRIGGER profile_search_update;");
            migrationBuilder.Sql("DROP TRIGGER profile_search_delete;");
            migrationBuilder.Sql("DROP TABLE profile_search_pending;");
            migrationBuilder.Sql("""
                CREATE TRIGGER profile_search_insert AFTER INSERT ON profiles BEGIN
                    INSERT INTO profile_search (rowid, username, full_name) VALUES (new.pk, new.username, new.full_name);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER profile_search_delete AFTER DELETE ON profiles BEGIN
                    INSERT INTO profile_search (profile_search, rowid, username, full_name) VALUES ('delete', old.pk, old.username, old.full_name);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER profile_search_update AFTER UPDATE OF username, full_name ON profiles
                WHEN old.username IS NOT new.username OR old.full_name IS NOT new.full_name BEGIN
                    INSERT INTO profile_search (profile_search, rowid, username, full_name) VALUES ('delete', old.pk, old.username, old.full_name);
                    INSERT INTO profile_search (rowid, username, full_name) VALUES (new.pk, new.username, new.full_name);
                END;
                """);
        }
    }
}
