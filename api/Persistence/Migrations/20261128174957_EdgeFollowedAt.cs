using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InstaIntel.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class EdgeFollowedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "followed_at",
                table: "following",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "followed_at",
                table: "followers",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "followed_at",
                table: "following");

            migrationBuilder.DropColumn(
                name: "followed_at",
                table: "followers");
        }
    }
}
