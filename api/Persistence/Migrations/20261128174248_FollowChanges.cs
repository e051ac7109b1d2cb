using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InstaIntel.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FollowChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "follow_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    target_id = table.Column<long>(type: "INTEGER", nullable: false),
                    list = table.Column<int>(type: "INTEGER", nullable: false),
                    profile_pk = table.Column<long>(type: "INTEGER", nullable: false),
                    scrape_id = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    reviewed_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follow_changes", x => x.id);
                    table.ForeignKey(
                        name: "FK_follow_changes_accounts_target_id",
                        column: x => x.target_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_follow_changes_scrapes_scrape_id",
                        column: x => x.scrape_id,
                        principalTable: "scrapes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ignored_profiles",
                columns: table => new
                {
                    account_id = table.Column<long>(type: "INTEGER", nullable: false),
                    profile_pk = table.Column<long>(type: "INTEGER", nullable: false),
                    ignored_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ignored_profiles", x => new { x.account_id, x.profile_pk });
                    table.ForeignKey(
                        name: "FK_ignored_profiles_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_follow_changes_profile_pk",
                table: "follow_changes",
                column: "profile_pk");

            migrationBuilder.CreateIndex(
                name: "IX_follow_changes_scrape_id",
                table: "follow_changes",
                column: "scrape_id");

            migrationBuilder.CreateIndex(
                name: "IX_follow_changes_target_id_list_profile_pk_scrape_id",
                table: "follow_changes",
                columns: new[] { "target_id", "list", "profile_pk", "scrape_id" });

            migrationBuilder.CreateIndex(
                name: "IX_follow_changes_target_id_list_scrape_id",
                table: "follow_changes",
                columns: new[] { "target_id", "list", "scrape_id" });

            // The log starts from what the edges remember: each relation's latest appearance (Baseline when it is the
            // list's first complete crawl) and its departure. Earlier comings and goings were overwritten and are gone.
            // The first complete crawl of each list had counted everyone as new; it is a baseline with nobody new.
            foreach (var (table, list) in new[] { ("followers", 1), ("following", 2) })
            {
                var column = list == 1 ? "followers_new" : "following_new";
                migrationBuilder.Sql($"""
                    INSERT INTO follow_changes (target_id, list, profile_pk, scrape_id, kind)
                        SELECT e.target_id, {list}, e.profile_pk, e.first_seen_scrape_id,
                            CASE WHEN e.first_seen_scrape_id = (SELECT min(s.id) FROM scrapes s
                                WHERE s.account_id = e.target_id AND s.status = 'Succeeded' AND (s.lists & {list}) = {list})
                                THEN 'Baseline' ELSE 'New' END
                        FROM {table} e;
                    INSERT INTO follow_changes (target_id, list, profile_pk, scrape_id, kind)
                        SELECT target_id, {list}, profile_pk, lost_in_scrape_id, 'Lost' FROM {table} WHERE lost_in_scrape_id IS NOT NULL;
                    UPDATE scrapes SET {column} = 0 WHERE id IN (SELECT min(id) FROM scrapes
                        WHERE status = 'Succeeded' AND (lists & {list}) = {list} GROUP BY account_id);
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "follow_changes");

            migrationBuilder.DropTable(
                name: "ignored_profiles");
        }
    }
}
