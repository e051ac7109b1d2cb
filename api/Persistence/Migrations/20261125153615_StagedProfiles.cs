using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InstaIntel.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StagedProfiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "staged_profiles",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    scrape_id = table.Column<long>(type: "INTEGER", nullable: false),
                    list = table.Column<int>(type: "INTEGER", nullable: false),
                    profile_pk = table.Column<long>(type: "INTEGER", nullable: false),
                    username = table.Column<string>(type: "TEXT", nullable: false),
                    full_name = table.Column<string>(type: "TEXT", nullable: false),
                    profile_pic_url = table.Column<string>(type: "TEXT", nullable: true),
                    is_verified = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_private = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staged_profiles", x => x.id);
                    table.ForeignKey(
                        name: "FK_staged_profiles_scrapes_scrape_id",
                        column: x => x.scrape_id,
                        principalTable: "scrapes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_staged_profiles_scrape_id",
                table: "staged_profiles",
                column: "scrape_id");

            // A crawl paused across the upgrade keeps what it has fetched.
            migrationBuilder.Sql("""
                INSERT INTO staged_profiles (scrape_id, list, profile_pk, username, full_name, profile_pic_url, is_verified, is_private)
                    SELECT e.scrape_id, e.list, e.profile_pk, p.username, p.full_name, p.profile_pic_url, p.is_verified, p.is_private
                    FROM staged_edges e JOIN profiles p ON p.pk = e.profile_pk;
                """);

            migrationBuilder.DropTable(
                name: "staged_edges");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "staged_edges",
                columns: table => new
                {
                    scrape_id = table.Column<long>(type: "INTEGER", nullable: false),
                    list = table.Column<int>(type: "INTEGER", nullable: false),
                    profile_pk = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staged_edges", x => new { x.scrape_id, x.list, x.profile_pk });
                    table.ForeignKey(
                        name: "FK_staged_edges_scrapes_scrape_id",
                        column: x => x.scrape_id,
                        principalTable: "scrapes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.Sql("""
                INSERT OR IGNORE INTO staged_edges (scrape_id, list, profile_pk)
                    SELECT scrape_id, list, profile_pk FROM staged_profiles;
                """);

            migrationBuilder.DropTable(
                name: "staged_profiles");
        }
    }
}
