namespace InstaIntel.Api.Ingest;

public static class IngestSetup
{
    public static IServiceCollection AddIngest(this IServiceCollection services) => services.AddScoped<IngestService>();
}
