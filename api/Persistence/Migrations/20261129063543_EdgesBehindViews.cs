using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InstaIntel.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class EdgesBehindViews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_followers_accounts_target_id",
                table: "followers");

            migrationBuilder.DropForeignKey(
                name: "FK_followers_profiles_profile_pk",
                table: "followers");

            migrationBuilder.DropForeignKey(
                name: "FK_following_accounts_target_id",
                table: "following");

            migrationBuilder.DropForeignKey(
                name: "FK_following_profiles_profile_pk",
                table: "following");

            migrationBuilder.DropPrimaryKey(
                name: "PK_following",
                table: "following");

            migrationBuilder.DropPrimaryKey(
                name: "PK_followers",
                table: "followers");

            migrationBuilder.RenameTable(
                name: "following",
                newName: "following_edges");

            migrationBuilder.RenameTable(
                name: "followers",
                newName: "follower_edges");

            migrationBuilder.RenameIndex(
                name: "IX_following_profile_pk",
                table: "following_edges",
                newName: "IX_following_edges_profile_pk");

            migrationBuilder.RenameIndex(
                name: "IX_followers_profile_pk",
                table: "follower_edges",
                newName: "IX_follower_edges_profile_pk");

            migrationBuilder.AddColumn<long>(
                name: "previous_seen_scrape_id",
                table: "following_edges",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "previous_seen_scrape_id",
                table: "follower_edges",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_following_edges",
                table: "following_edges",
                columns: new[] { "target_id", "profile_pk" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_follower_edges",
                table: "follower_edges",
                columns: new[] { "target_id", "profile_pk" });

            migrationBuilder.AddForeignKey(
                name: "FK_follower_edges_accounts_target_id",
                table: "follower_edges",
                column: "target_id",
                principalTable: "accounts",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_follower_edges_profiles_profile_pk",
                table: "follower_edges",
                column: "profile_pk",
                principalTable: "profiles",
                principalColumn: "pk",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_following_edges_accounts_target_id",
                table: "following_edges",
                column: "target_id",
                principalTable: "accounts",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_following_edges_profiles_profile_pk",
                table: "following_edges",
                column: "profile_pk",
                principalTable: "profiles",
                principalColumn: "pk",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_follower_edges_accounts_target_id",
                table: "follower_edges");

            migrationBuilder.DropForeignKey(
                name: "FK_follower_edges_profiles_profile_pk",
                table: "follower_edges");

            migrationBuilder.DropForeignKey(
                name: "FK_following_edges_accounts_target_id",
                table: "following_edges");

            migrationBuilder.DropForeignKey(
                name: "FK_following_edges_profiles_profile_pk",
                table: "following_edges");

            migrationBuilder.DropPrimaryKey(
                name: "PK_following_edges",
                table: "following_edges");

            migrationBuilder.DropPrimaryKey(
                name: "PK_follower_edges",
                table: "follower_edges");

            migrationBuilder.DropColumn(
                name: "previous_seen_scrape_id",
                table: "following_edges");

            migrationBuilder.DropColumn(
                name: "previous_seen_scrape_id",
                table: "follower_edges");

            migrationBuilder.RenameTable(
                name: "following_edges",
                newName: "following");

            migrationBuilder.RenameTable(
                name: "follower_edges",
                newName: "followers");

            migrationBuilder.RenameIndex(
                name: "IX_following_edges_profile_pk",
                table: "following",
                newName: "IX_following_profile_pk");

            migrationBuilder.RenameIndex(
                name: "IX_follower_edges_profile_pk",
                table: "followers",
                newName: "IX_followers_profile_pk");

            migrationBuilder.AddPrimaryKey(
                name: "PK_following",
                table: "following",
                columns: new[] { "target_id", "profile_pk" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_followers",
                table: "followers",
                columns: new[] { "target_id", "profile_pk" });

            migrationBuilder.AddForeignKey(
                name: "FK_followers_accounts_target_id",
                table: "followers",
                column: "target_id",
                principalTable: "accounts",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_followers_profiles_profile_pk",
                table: "followers",
                column: "profile_pk",
                principalTable: "profiles",
                principalColumn: "pk",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_following_accounts_target_id",
                table: "following",
                column: "target_id",
                principalTable: "accounts",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_following_profiles_profile_pk",
                table: "following",
                column: "profile_pk",
                principalTable: "profiles",
                principalColumn: "pk",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
