using InstaIntel.Api.Followers;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InstaIntel.Api.Persistence.Migrations
{
    /// <summary>
    /// One word for a crawl: the table `scrapes` becomes `crawls` and every `*scrape_id` column `*crawl_id`, by renames
    /// that keep every row. The edge views name those columns, so they are dropped first and made again from today's text.
    /// </summary>
    public partial class CrawlNames : Migration
    {
        private static readonly (string Table, string Old, string New)[] Columns =
        [
            ("staged_profiles", "scrape_id", "crawl_id"),
            ("follow_changes", "scrape_id", "crawl_id"),
            ("alert_outbox", "scrape_id", "crawl_id"),
            ("accounts", "last_scraped_at", "last_crawled_at"),
            .. new[] { "follower_edges", "following_edges" }.SelectMany(table => new[] { "first_seen", "last_seen", "previous_seen", "lost_in" }
                .Select(sighting => (table, $"{sighting}_scrape_id", $"{sighting}_crawl_id"))),
        ];

        /// <summary>Indexes named after a renamed table or column, with what they index (under the new names).</summary>
        private static readonly (string Old, string New, string On)[] Indexes =
        [
            ("IX_scrapes_account_id_status", "IX_crawls_account_id_status", "crawls (account_id, status)"),
            ("IX_scrapes_status", "IX_crawls_status", "crawls (status)"),
            ("IX_staged_profiles_scrape_id", "IX_staged_profiles_crawl_id", "staged_profiles (crawl_id)"),
            ("IX_follow_changes_scrape_id", "IX_follow_changes_crawl_id", "follow_changes (crawl_id)"),
            ("IX_follow_changes_target_id_list_scrape_id", "IX_follow_changes_target_id_list_crawl_id", "follow_changes (target_id, list, crawl_id)"),
            ("IX_follow_changes_target_id_list_profile_pk_scrape_id", "IX_follow_changes_target_id_list_profile_pk_crawl_id",
                "follow_changes (target_id, list, profile_pk, crawl_id)"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW followers; DROP VIEW following;");
            migrationBuilder.RenameTable(name: "scrapes", newName: "crawls");
            foreach (var (table, old, @new) in Columns) migrationBuilder.RenameColumn(name: old, table: table, newName: @new);
            // SQLite cannot rename an index: each is made again under its new name.
            foreach (var (old, @new, on) in Indexes) migrationBuilder.Sql($"""DROP INDEX "{old}"; CREATE INDEX "{@new}" ON {on};""");
            migrationBuilder.Sql(EdgeTables.CreateViewsSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW followers; DROP VIEW following;");
            // Made under the old names before the columns go back; an index follows its columns through a rename.
            foreach (var (old, @new, on) in Indexes) migrationBuilder.Sql($"""DROP INDEX "{@new}"; CREATE INDEX "{old}" ON {on};""");
            foreach (var (table, old, @new) in Columns) migrationBuilder.RenameColumn(name: @new, table: table, newName: old);
            migrationBuilder.RenameTable(name: "crawls", newName: "scrapes");
            migrationBuilder.Sql(EdgeViews.ViewsSql);
        }
    }
}
