namespace InstaIntel.Tests.Support;

public static class RepoRoot
{
    /// <summary>The checkout's root: the folder holding InstaIntel.sln above the test binaries.</summary>
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "InstaIntel.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("InstaIntel.sln not found above the test binaries.");
    }
}
