using InstaIntel.Api.Persistence;

namespace InstaIntel.Api.Ingest;

public static class IngestSetup
{
    /// <summary>The ingest of the configured database (`Database:Provider`), chosen once here.</summary>
    public static IServiceCollection AddIngest(this IServiceCollection services, IConfiguration configuration) =>
        DatabaseOptions.From(configuration).Effective == DatabaseProvider.PostgreSql
            ? services.AddScoped<IngestService, PostgresIngest>()
            : services.AddScoped<IngestService, SqliteIngest>();
}
