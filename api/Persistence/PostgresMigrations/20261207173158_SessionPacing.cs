using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace InstaIntel.Api.Persistence.PostgresMigrations
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
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "requests_per_hour",
                table: "instagram_sessions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "requests_per_minute",
                table: "instagram_sessions",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "request_ledger",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    session_key = table.Column<string>(type: "text", nullable: false),
                    surface = table.Column<string>(type: "text", nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
