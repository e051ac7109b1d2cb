namespace InstaIntel.Api.Hosting;

/// <summary>
/// `--role api` serves HTTP only, `--role worker` runs crawls and scheduled jobs only, and the default `all` does
/// both in one process. Split roles share the data folder and talk over Redis (the `Redis` setting).
/// </summary>
public sealed record Role(string Name, bool ServesApi, bool RunsJobs)
{
    public static Role From(IConfiguration configuration) => (configuration["role"] ?? "all").ToLowerInvariant() switch
    {
        "all" => new Role("all", ServesApi: true, RunsJobs: true),
        "api" => new Role("api", ServesApi: true, RunsJobs: false),
        "worker" => new Role("worker", ServesApi: false, RunsJobs: true),
        var other => throw new ArgumentException($"Unknown role \"{other}\": use api, worker or all."),
    };
}
