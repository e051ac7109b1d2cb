namespace InstaIntel.Api.Security;

/// <summary>
/// Files only the account running InstaIntel may read or write (mode 0600 on Unix), like the master key and the vault:
/// the database and its backups hold every list, crawl and channel setting. Windows keeps the data folder's ACL.
/// </summary>
public static class OwnerOnlyFile
{
    private const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>
    /// Creates <paramref name="path"/> empty with mode 0600, or restricts it if it exists. SQLite and pg_dump write into
    /// a file that exists without changing its mode, and SQLite gives its -wal, -shm and -journal files the same mode.
    /// </summary>
    public static void Prepare(string path)
    {
        if (OperatingSystem.IsWindows()) return;
        if (File.Exists(path)) File.SetUnixFileMode(path, Mode);
        else new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = Mode }).Dispose();
    }

    /// <summary>Restricts the file if it exists.</summary>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path)) File.SetUnixFileMode(path, Mode);
    }

    /// <summary>A new (or emptied) file to write, mode 0600 from its first byte.</summary>
    public static FileStream Create(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = Mode;
        Restrict(path); // UnixCreateMode applies only to a file that does not exist yet
        return new FileStream(path, options);
    }
}
