using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InstaIntel.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class HeadOnlyRefresh : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "completeness",
                table: "scrapes",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "followers_method",
                table: "scrapes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "following_method",
                table: "scrapes",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "completeness",
                table: "scrapes");

            migrationBuilder.DropColumn(
                name: "followers_method",
                table: "scrapes");

            migrationBuilder.DropColumn(
                name: "following_method",
                table: "scrapes");
        }
    }
}
