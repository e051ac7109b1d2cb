using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InstaIntel.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LostReasons : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "lost_reason",
                table: "follow_changes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "lost_reason_checked_at",
                table: "follow_changes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "check_lost_reasons",
                table: "accounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: true); // accounts tracked before this check existed get it too
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "lost_reason",
                table: "follow_changes");

            migrationBuilder.DropColumn(
                name: "lost_reason_checked_at",
                table: "follow_changes");

            migrationBuilder.DropColumn(
                name: "check_lost_reasons",
                table: "accounts");
        }
    }
}
