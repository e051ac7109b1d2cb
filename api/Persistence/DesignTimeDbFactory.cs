using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InstaIntel.Api.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the web host.</summary>
public sealed class DesignTimeDbFactory : IDesignTimeDbContextFactory<InstaIntelDb>
{
    public InstaIntelDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<InstaIntelDb>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>The same for the PostgreSQL set (`--context PostgresInstaIntelDb`); adding a migration connects to nothing.</summary>
public sealed class PostgresDesignTimeDbFactory : IDesignTimeDbContextFactory<PostgresInstaIntelDb>
{
    public PostgresInstaIntelDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresInstaIntelDb>().UseNpgsql("Host=localhost;Database=instaintel_design").Options);
}
