namespace InstaIntel.Api.Instagram;

/// <summary>Where the user's Instagram session is kept. Secrets leave it only to be sent to Instagram.</summary>
public interface ICredentialStore
{
    Task<InstagramSession?> GetSessionAsync(CancellationToken ct);
    Task SaveSessionAsync(InstagramSession session, CancellationToken ct);
    Task ClearSessionAsync(CancellationToken ct);
}

/// <summary>Demo mode: always the simulator's logged-in demo session, nothing stored.</summary>
public sealed class DemoCredentialStore : ICredentialStore
{
    public static readonly InstagramSession Session = new("demo-session", "demo-csrf", 9_001);

    public Task<InstagramSession?> GetSessionAsync(CancellationToken ct) => Task.FromResult<InstagramSession?>(Session);
    public Task SaveSessionAsync(InstagramSession session, CancellationToken ct) => Task.CompletedTask;
    public Task ClearSessionAsync(CancellationToken ct) => Task.CompletedTask;
}
