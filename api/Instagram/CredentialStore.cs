namespace InstaIntel.Api.Instagram;

/// <summary>
/// Where the user's Instagram sessions are kept. Secrets leave it only to be sent to Instagram. A session saved for
/// an account that is already connected replaces it; every session gets its phone (<see cref="MobileDevice"/>) the
/// first time it is kept, and keeps it.
/// </summary>
public interface ICredentialStore
{
    Task<IReadOnlyList<InstagramSession>> GetSessionsAsync(CancellationToken ct);
    Task<InstagramSession> SaveSessionAsync(InstagramSession session, CancellationToken ct);
    Task RemoveSessionAsync(string key, CancellationToken ct);
    /// <summary>Changes one kept session in place (its cookie jar and echoes as Instagram renews them); a session no longer kept is left alone.</summary>
    Task UpdateSessionAsync(string key, Func<InstagramSession, InstagramSession> change, CancellationToken ct);
    /// <summary>Forgets every session.</summary>
    Task ClearSessionAsync(CancellationToken ct);
}

public static class CredentialStoreExtensions
{
    /// <summary>The first connected session, or null: what single-session callers use.</summary>
    public static async Task<InstagramSession?> GetSessionAsync(this ICredentialStore store, CancellationToken ct) =>
        (await store.GetSessionsAsync(ct)).FirstOrDefault();

    /// <summary>The list with <paramref name="session"/> in place of the one for the same account (or added), with a device.</summary>
    public static IReadOnlyList<InstagramSession> With(this IReadOnlyList<InstagramSession> sessions, InstagramSession session, out InstagramSession kept)
    {
        var same = sessions.FirstOrDefault(s => s.Key == session.Key || session.DsUserId is not null && s.DsUserId == session.DsUserId);
        kept = session with
        {
            Device = session.Device ?? same?.Device ?? MobileDevice.New(), Label = session.Label ?? same?.Label, Proxy = session.Proxy ?? same?.Proxy,
            UsesOtherSurfaces = session.UsesOtherSurfaces || same is not null && same.UsesOtherSurfaces && same.Client == session.Client,
        };
        var result = sessions.ToList();
        var index = same is null ? -1 : result.IndexOf(same);
        if (index < 0) result.Add(kept);
        else result[index] = kept;
        return result;
    }
}

/// <summary>
/// Demo mode: always the simulator's demo account, logged in as the Android app on a fixed phone (so the demo reads
/// lists as the app does, 200 a page); what Instagram renews is kept in memory only.
/// </summary>
public sealed class DemoCredentialStore : ICredentialStore
{
    public static readonly InstagramSession Session = new("demo-session", "demo-csrf", 9_001, "Demo",
        new MobileDevice("android-0123456789abcdef", Guid.Parse("4a3c1b2e-0000-4000-8000-000000009001"),
            Guid.Parse("4a3c1b2e-0000-4000-8000-000000009002"), Guid.Parse("4a3c1b2e-0000-4000-8000-000000009003"),
            Guid.Parse("4a3c1b2e-0000-4000-8000-000000009004")), Client: SessionClient.App);

    private InstagramSession current = Session;

    public Task<IReadOnlyList<InstagramSession>> GetSessionsAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<InstagramSession>>([current]);
    public Task<InstagramSession> SaveSessionAsync(InstagramSession session, CancellationToken ct) => Task.FromResult(current);
    public Task RemoveSessionAsync(string key, CancellationToken ct) => Task.CompletedTask;
    public Task ClearSessionAsync(CancellationToken ct) => Task.CompletedTask;

    public Task UpdateSessionAsync(string key, Func<InstagramSession, InstagramSession> change, CancellationToken ct)
    {
        if (key == current.Key) current = change(current);
        return Task.CompletedTask;
    }
}
