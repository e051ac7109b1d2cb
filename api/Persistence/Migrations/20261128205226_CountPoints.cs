using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InstaIntel.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CountPoints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "biography",
                table: "accounts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "external_url",
                table: "accounts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "post_count",
                table: "accounts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "tracking_level",
                table: "accounts",
                type: "TEXT",
                nullable: false,
                defaultValue: "Lists"); // accounts tracked before levels existed were crawled: they keep their lists

            migrationBuilder.CreateTable(
                name: "count_points",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    account_id = table.Column<long>(type: "INTEGER", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    followers = table.Column<int>(type: "INTEGER", nullable: true),
                    following = table.Column<int>(type: "INTEGER", nullable: true),
                    posts = table.Column<int>(type: "INTEGER", nullable: true),
                    source = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_count_points", x => x.id);
                    table.ForeignKey(
                        name: "FK_count_points_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "profile_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    account_id = table.Column<long>(type: "INTEGER", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    before = table.Column<string>(type: "TEXT", nullable: true),
                    after = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_profile_events", x => x.id);
                    table.ForeignKey(
                        name: "FK_profile_events_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Every complete crawl so far already read the counts: they start each account's curve.
            migrationBuilder.Sql("""
                INSERT INTO count_points (account_id, at, followers, following, posts, source)
                SELECT account_id, COALESCE(finished_at, created_at), followers_total, following_total, NULL, 'Crawl'
                FROM scrapes WHERE status = 'Succeeded' AND (followers_total IS NOT NULL OR following_total IS NOT NULL);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_count_points_account_id_at_followers_following_posts",
                table: "count_points",
                columns: new[] { "account_id", "at", "followers", "following", "posts" });

            migrationBuilder.CreateIndex(
                name: "IX_profile_events_account_id_at",
                table: "profile_events",
                columns: new[] { "account_id", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "count_points");

            migrationBuilder.DropTable(
                name: "profile_events");

            migrationBuilder.DropColumn(
                name: "biography",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "external_url",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "post_count",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "tracking_level",
                table: "accounts");
        }
    }
}
