using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InstaIntel.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "accounts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    pk = table.Column<long>(type: "INTEGER", nullable: true),
                    username = table.Column<string>(type: "TEXT", nullable: false),
                    full_name = table.Column<string>(type: "TEXT", nullable: false),
                    profile_pic_url = table.Column<string>(type: "TEXT", nullable: true),
                    is_verified = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_private = table.Column<bool>(type: "INTEGER", nullable: false),
                    follower_count = table.Column<int>(type: "INTEGER", nullable: true),
                    following_count = table.Column<int>(type: "INTEGER", nullable: true),
                    bookmarked = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    last_scraped_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "profiles",
                columns: table => new
                {
                    pk = table.Column<long>(type: "INTEGER", nullable: false),
                    username = table.Column<string>(type: "TEXT", nullable: false),
                    full_name = table.Column<string>(type: "TEXT", nullable: false),
                    profile_pic_url = table.Column<string>(type: "TEXT", nullable: true),
                    is_verified = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_private = table.Column<bool>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_profiles", x => x.pk);
                });

            migrationBuilder.CreateTable(
                name: "scrapes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    account_id = table.Column<long>(type: "INTEGER", nullable: false),
                    lists = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    finished_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    followers_fetched = table.Column<int>(type: "INTEGER", nullable: false),
                    following_fetched = table.Column<int>(type: "INTEGER", nullable: false),
                    followers_expected = table.Column<int>(type: "INTEGER", nullable: true),
                    following_expected = table.Column<int>(type: "INTEGER", nullable: true),
                    followers_checkpoint = table.Column<string>(type: "TEXT", nullable: true),
                    following_checkpoint = table.Column<string>(type: "TEXT", nullable: true),
                    followers_total = table.Column<int>(type: "INTEGER", nullable: true),
                    followers_new = table.Column<int>(type: "INTEGER", nullable: true),
                    followers_lost = table.Column<int>(type: "INTEGER", nullable: true),
                    following_total = table.Column<int>(type: "INTEGER", nullable: true),
                    following_new = table.Column<int>(type: "INTEGER", nullable: true),
                    following_lost = table.Column<int>(type: "INTEGER", nullable: true),
                    error = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scrapes", x => x.id);
                    table.ForeignKey(
                        name: "FK_scrapes_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "followers",
                columns: table => new
                {
                    target_id = table.Column<long>(type: "INTEGER", nullable: false),
                    profile_pk = table.Column<long>(type: "INTEGER", nullable: false),
                    first_seen_scrape_id = table.Column<long>(type: "INTEGER", nullable: false),
                    last_seen_scrape_id = table.Column<long>(type: "INTEGER", nullable: false),
                    lost_in_scrape_id = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followers", x => new { x.target_id, x.profile_pk });
                    table.ForeignKey(
                        name: "FK_followers_accounts_target_id",
                        column: x => x.target_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_followers_profiles_profile_pk",
                        column: x => x.profile_pk,
                        principalTable: "profiles",
                        principalColumn: "pk",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "following",
                columns: table => new
                {
                    target_id = table.Column<long>(type: "INTEGER", nullable: false),
                    profile_pk = table.Column<long>(type: "INTEGER", nullable: false),
                    first_seen_scrape_id = table.Column<long>(type: "INTEGER", nullable: false),
                    last_seen_scrape_id = table.Column<long>(type: "INTEGER", nullable: false),
                    lost_in_scrape_id = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_following", x => new { x.target_id, x.profile_pk });
                    table.ForeignKey(
                        name: "FK_following_accounts_target_id",
                        column: x => x.target_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_following_profiles_profile_pk",
                        column: x => x.profile_pk,
                        principalTable: "profiles",
                        principalColumn: "pk",
                        onDelete: ReferentialAction.Restrict);
                });

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

            migrationBuilder.CreateIndex(
                name: "IX_accounts_pk",
                table: "accounts",
                column: "pk",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_accounts_username",
                table: "accounts",
                column: "username",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_followers_profile_pk",
                table: "followers",
                column: "profile_pk");

            migrationBuilder.CreateIndex(
                name: "IX_following_profile_pk",
                table: "following",
                column: "profile_pk");

            migrationBuilder.CreateIndex(
                name: "IX_profiles_username",
                table: "profiles",
                column: "username");

            migrationBuilder.CreateIndex(
                name: "IX_scrapes_account_id_status",
                table: "scrapes",
                columns: new[] { "account_id", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "followers");

            migrationBuilder.DropTable(
                name: "following");

            migrationBuilder.DropTable(
                name: "staged_edges");

            migrationBuilder.DropTable(
                name: "profiles");

            migrationBuilder.DropTable(
                name: "scrapes");

            migrationBuilder.DropTable(
                name: "accounts");
        }
    }
}
