using System.Text.Json;

namespace InstaIntel.Api.Instagram;

/// <summary>Where the user's Instagram session is kept. Secrets leave it only to be sent to Instagram.</summary>
public interface ICredentialStore
{
    Task<InstagramSession?> GetSessionAsync(CancellationToken ct);
    Task SaveSessionAsync(InstagramSession session, CancellationToken ct);
    Task ClearSessionAsync(CancellationToken ct);
}

/// <summary>
/// A file in the data folder, readable only by its owner, replaced atomically. The security work swaps this for
/// an encrypted vault behind the same interface.
/// </summary>
public sealed class FileCredentialStore(string folder) : ICredentialStore
{
    private readonly string path = Path.Combine(folder, "instagram-session.json");
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<InstagramSession?> GetSessionAsync(CancellationToken ct)
    {
        if (!File.Exists(path)) return null;
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync(stream, InstagramJson.Default.InstagramSession, ct);
    }

    public async Task SaveSessionAsync(InstagramSession session, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            var temp = path + ".tmp";
            var create = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            await using (var stream = new FileStream(temp, create))
                await JsonSerializer.SerializeAsync(stream, session, InstagramJson.Default.InstagramSession, ct);
            File.Move(temp, path, overwrite: true);
        }
        finally { gate.Release(); }
    }

    public Task ClearSessionAsync(CancellationToken ct)
    {
        File.Delete(path);
        return Task.CompletedTask;
    }
}

/// <summary>Demo mode: always the simulator's logged-in demo session, nothing stored.</summary>
public sealed class DemoCredentialStore : ICredentialStore
{
    public static readonly InstagramSession Session = new("demo-session", "demo-csrf", 9_001);

    public Task<InstagramSession?> GetSessionAsync(CancellationToken ct) => Task.FromResult<InstagramSession?>(Session);
    public Task SaveSessionAsync(InstagramSession session, CancellationToken ct) => Task.CompletedTask;
    public Task ClearSessionAsync(CancellationToken ct) => Task.CompletedTask;
}
