using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InstaIntel.Api.Persistence.Migrations
{
    /// <summary>
    /// The FTS5 trigram index behind global search: an external-content table over `profiles` (no second copy of the
    /// text), kept in step by triggers so every ingest path is covered, and filled from the existing rows.
    /// </summary>
    public partial class ProfileSearch : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE profile_search USING fts5(username, full_name, content='profiles', content_rowid='pk', tokenize='trigram');
                """);
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
            // Crawls upsert every profile they see; only a changed name touches the index.
            migrationBuilder.Sql("""
                CREATE TRIGGER profile_search_update AFTER UPDATE OF username, full_name ON profiles
                WHEN old.username IS NOT new.username OR old.full_name IS NOT new.full_name BEGIN
                    INSERT INTO profile_search (profile_search, rowid, username, full_name) VALUES ('delete', old.pk, old.username, old.full_name);
                    INSERT INTO profile_search (rowid, username, full_name) VALUES (new.pk, new.username, new.full_name);
                END;
                """);
            migrationBuilder.Sql("INSERT INTO profile_search (profile_search) VALUES ('rebuild');");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS profile_search_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS profile_search_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS profile_search_insert;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS profile_search;");
        }
    }
}
