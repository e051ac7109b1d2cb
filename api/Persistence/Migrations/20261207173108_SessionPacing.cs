using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InstaIntel.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SessionPacing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "daily_cap",
                table: "instagram_sessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "requests_per_hour",
                table: "instagram_sessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "requests_per_minute",
                table: "instagram_sessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "request_ledger",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    session_key = table.Column<string>(type: "TEXT", nullable: false),
                    surface = table.Column<string>(type: "TEXT", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_request_ledger", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_request_ledger_at",
                table: "request_ledger",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "IX_request_ledger_session_key_at",
                table: "request_ledger",
                columns: new[] { "session_key", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "request_ledger");

            migrationBuilder.DropColumn(
                name: "daily_cap",
                table: "instagram_sessions");

            migrationBuilder.DropColumn(
                name: "requests_per_hour",
                table: "instagram_sessions");

            migrationBuilder.DropColumn(
                name: "requests_per_minute",
                table: "instagram_sessions");
        }
    }
}
