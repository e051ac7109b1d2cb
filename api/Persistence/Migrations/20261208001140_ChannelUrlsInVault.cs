using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InstaIntel.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ChannelUrlsInVault : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "url",
                table: "alert_channels",
                newName: "url_before_vault");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "url_before_vault",
                table: "alert_channels",
                newName: "url");
        }
    }
}
