namespace InstaIntel.Api.Backups;

/// <summary>
/// A restore chosen in the dashboard. The database cannot be swapped under a running server (open connections,
/// the worker, the shared data-folder lock the CLI restore refuses to run against), so the archive is checked now
/// with the CLI's checks and staged in the data folder as `restore-pending.db.gz`; the next start applies it with
/// <see cref="RestoreCommand"/> before the database is opened, and keeps the replaced database beside it.
/// </summary>
public sealed class PendingRestore(string dataFolder)
{
    public const string FileName = "restore-pending.db.gz";

    public string Path { get; } = System.IO.Path.Combine(dataFolder, FileName);

    /// <summary>The backup staged for the next start, or null.</summary>
    public string? Staged => File.Exists(Path + ".source") ? File.ReadAllText(Path + ".source") : File.Exists(Path) ? FileName : null;

    /// <summary>Checks the archive as the CLI restore does and stages it; what is wrong, in words, or null.</summary>
    public async Task<string?> StageAsync(string archive, string name, CancellationToken ct)
    {
        var check = Path + ".checking";
        if (await RestoreCommand.UnpackProblemAsync(archive, check, ct) is { } problem) return problem;
        RestoreCommand.DeleteWithSidecars(check);
        File.Copy(archive, Path + ".partial", overwrite: true);
        File.Move(Path + ".partial", Path, overwrite: true);
        await File.WriteAllTextAsync(Path + ".source", name, ct);
        return null;
    }

    public void Cancel()
    {
        File.Delete(Path);
        File.Delete(Path + ".source");
    }

    /// <summary>At start, before the database is opened: applies a staged restore. A refused archive is set aside, never retried.</summary>
    public static async Task ApplyAsync(string dataFolder, ILogger log)
    {
        var pending = new PendingRestore(dataFolder);
        if (!File.Exists(pending.Path)) return;
        var output = new StringWriter();
        var code = await RestoreCommand.RunAsync(pending.Path, dataFolder, output);
        var source = pending.Staged;
        if (code == 0)
        {
            log.LogWarning("Restored the backup {Backup} chosen in Settings: {Output}", source, output.ToString().Trim());
            pending.Cancel();
        }
        else if (code == 3)
            log.LogWarning("The restore of {Backup} waits for the next start: {Output}", source, output.ToString().Trim());
        else
        {
            File.Move(pending.Path, pending.Path + ".refused", overwrite: true);
            File.Delete(pending.Path + ".source");
            log.LogError("The restore of {Backup} was refused and set aside as {Refused}: {Output}", source, pending.Path + ".refused", output.ToString().Trim());
        }
    }
}
