using Microsoft.Extensions.Hosting.WindowsServices;

namespace InstaIntel.Api.Hosting;

/// <summary>
/// Where the database, keys and backups live: `--data DIR`, else a per-user application-data folder, or
/// `%ProgramData%\InstaIntel` when running as a Windows service (whose account has no useful profile of its own).
/// </summary>
public static class DataFolder
{
    public static string Resolve(IConfiguration configuration)
    {
        var folder = configuration["data"] is { Length: > 0 } given
            ? Path.GetFullPath(given)
            : Default(WindowsServiceHelpers.IsWindowsService());
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static string Default(bool asWindowsService) => Path.Combine(
        Environment.GetFolderPath(
            asWindowsService ? Environment.SpecialFolder.CommonApplicationData : Environment.SpecialFolder.LocalApplicationData,
            Environment.SpecialFolderOption.DoNotVerify),
        "InstaIntel");
}
