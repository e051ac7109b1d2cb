using InstaIntel.Api.Followers;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InstaIntel.Api.Persistence.Migrations
{
    /// <summary>The readers' views of the edge tables (Followers/EdgeTables.cs), after EdgesBehindViews has rebuilt those.</summary>
    public partial class EdgeViews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(EdgeTables.CreateViewsSql);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP VIEW followers; DROP VIEW following;");
    }
}
