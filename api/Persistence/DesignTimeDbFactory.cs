using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InstaIntel.Api.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the web host.</summary>
public sealed class DesignTimeDbFactory : IDesignTimeDbContextFactory<InstaIntelDb>
{
    public InstaIntelDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<InstaIntelDb>().UseSqlite("Data Source=design-time.db").Options);
}
