namespace InstaIntel.Api.Hosting;

/// <summary>
/// An exclusive lock on `&lt;data&gt;/instaintel.lock`, held while the app or a restore uses the data folder, so a
/// restore never swaps the database under a running app (and two apps never share one folder).
/// The OS drops it when the process ends, however it ends.
/// </summary>
public sealed class DataFolderLock : IDisposable
{
    private readonly FileStream file;

    private DataFolderLock(FileStream file) => this.file = file;

    public static DataFolderLock? TryAcquire(string dataFolder)
    {
        try
        {
            return new DataFolderLock(new FileStream(Path.Combine(dataFolder, "instaintel.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public static DataFolderLock Acquire(string dataFolder) => TryAcquire(dataFolder)
        ?? throw new InvalidOperationException($"The data folder {dataFolder} is in use by another InstaIntel process or a restore.");

    public void Dispose() => file.Dispose();
}
