namespace InstaIntel.Api.Hosting;

/// <summary>Where the database, keys and backups live: `--data DIR`, else a per-user application-data folder.</summary>
public static class DataFolder
{
    public static string Resolve(IConfiguration configuration)
    {
        var folder = configuration["data"] is { Length: > 0 } given
            ? Path.GetFullPath(given)
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "InstaIntel");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
