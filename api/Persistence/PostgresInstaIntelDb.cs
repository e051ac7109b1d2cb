using InstaIntel.Api.Profiles;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Persistence;

/// <summary>
/// The same model on PostgreSQL, a context type of its own so that its migrations (Persistence/PostgresMigrations) are
/// kept apart from SQLite's, as EF Core does for several providers. Only what PostgreSQL has instead of a SQLite-only
/// object is added here: the trigram indexes that stand for SQLite's FTS5 `profile_search` table.
/// </summary>
public sealed class PostgresInstaIntelDb(DbContextOptions<PostgresInstaIntelDb> options) : InstaIntelDb(options)
{
    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);
        model.HasPostgresExtension("pg_trgm");
        model.Entity<Profile>(p =>
        {
            // Substring search (Insights/Search.Postgres.cs): ILIKE '%term%' is answered from these.
            p.HasIndex(x => x.Username, "IX_profiles_username_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
            p.HasIndex(x => x.FullName, "IX_profiles_full_name_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
        });
    }
}
