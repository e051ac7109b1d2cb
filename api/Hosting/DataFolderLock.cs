namespace InstaIntel.Api.Hosting;

/// <summary>
/// A lock on `&lt;data&gt;/instaintel.lock`: app processes hold it shared (an API and a worker may share a folder),
/// a restore holds it exclusively, so a restore never swaps the database under a running app.
/// The OS drops it when the process ends, however it ends.
/// </summary>
public sealed class DataFolderLock : IDisposable
{
    private readonly FileStream file;

    private DataFolderLock(FileStream file) => this.file = file;

    public static DataFolderLock? TryAcquireExclusive(string dataFolder) => TryAcquire(dataFolder, FileShare.None);

    public static DataFolderLock AcquireShared(string dataFolder) => TryAcquire(dataFolder, FileShare.ReadWrite)
        ?? throw new InvalidOperationException($"The data folder {dataFolder} is being restored; start the app when the restore has finished.");

    private static DataFolderLock? TryAcquire(string dataFolder, FileShare share)
    {
        try
        {
            return new DataFolderLock(new FileStream(Path.Combine(dataFolder, "instaintel.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, share));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => file.Dispose();
}
