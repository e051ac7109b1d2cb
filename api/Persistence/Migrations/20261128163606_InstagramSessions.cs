using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InstaIntel.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InstagramSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "instagram_sessions",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", nullable: false),
                    label = table.Column<string>(type: "TEXT", nullable: true),
                    proxy_host = table.Column<string>(type: "TEXT", nullable: true),
                    user_id = table.Column<long>(type: "INTEGER", nullable: true),
                    username = table.Column<string>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    problem = table.Column<string>(type: "TEXT", nullable: true),
                    last_checked_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    blocked_until = table.Column<DateTime>(type: "TEXT", nullable: true),
                    crawls = table.Column<long>(type: "INTEGER", nullable: false),
                    added_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instagram_sessions", x => x.key);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "instagram_sessions");
        }
    }
}
