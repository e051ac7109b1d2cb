using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InstaIntel.Api.Persistence.Migrations
{
    /// <summary>The readers' views of the edge tables (Followers/EdgeTables.cs), after EdgesBehindViews has rebuilt those.</summary>
    public partial class EdgeViews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(ViewsSql);

        /// <summary>The views as they were then; CrawlNames renamed their columns (Followers/EdgeTables.cs has today's).</summary>
        internal const string ViewsSql = """
            CREATE VIEW followers AS
                SELECT target_id, profile_pk, first_seen_scrape_id,
                    CASE WHEN last_seen_scrape_id IN (SELECT id FROM scrapes WHERE status <> 'Succeeded')
                                THEN previous_seen_scrape_id ELSE last_seen_scrape_id END AS last_seen_scrape_id,
                    previous_seen_scrape_id, lost_in_scrape_id, followed_at
                FROM follower_edges
                WHERE first_seen_scrape_id NOT IN (SELECT id FROM scrapes WHERE status <> 'Succeeded');

            CREATE VIEW following AS
                SELECT target_id, profile_pk, first_seen_scrape_id,
                    CASE WHEN last_seen_scrape_id IN (SELECT id FROM scrapes WHERE status <> 'Succeeded')
                                THEN previous_seen_scrape_id ELSE last_seen_scrape_id END AS last_seen_scrape_id,
                    previous_seen_scrape_id, lost_in_scrape_id, followed_at
                FROM following_edges
                WHERE first_seen_scrape_id NOT IN (SELECT id FROM scrapes WHERE status <> 'Succeeded');

            """;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP VIEW followers; DROP VIEW following;");
    }
}
