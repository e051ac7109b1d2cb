using InstaIntel.Api.Instagram;

namespace InstaIntel.Api.Security;

/// <summary>The Instagram sessions, kept in the encrypted vault with their devices.</summary>
public sealed class VaultCredentialStore(Vault vault) : ICredentialStore
{
    public static VaultCredentialStore In(string dataFolder) => new(Vault.In(dataFolder));

    public async Task<IReadOnlyList<InstagramSession>> GetSessionsAsync(CancellationToken ct)
    {
        var sessions = vault.Read().Sessions;
        if (sessions.All(s => s.Device is not null)) return sessions;
        // Sessions kept before devices existed get theirs now, once, and keep it.
        await vault.UpdateAsync(c => c.WithSessions(c.Sessions.Select(s => s.Device is null ? s with { Device = MobileDevice.New() } : s).ToList()), ct);
        return vault.Read().Sessions;
    }

    public async Task<InstagramSession> SaveSessionAsync(InstagramSession session, CancellationToken ct)
    {
        InstagramSession kept = session;
        await vault.UpdateAsync(c => c.WithSessions(c.Sessions.With(session, out kept)), ct);
        return kept;
    }

    public Task RemoveSessionAsync(string key, CancellationToken ct) =>
        vault.UpdateAsync(c => c.WithSessions(c.Sessions.Where(s => s.Key != key).ToList()), ct);

    public Task UpdateSessionAsync(string key, Func<InstagramSession, InstagramSession> change, CancellationToken ct) =>
        vault.UpdateAsync(c => c.WithSessions(c.Sessions.Select(s => s.Key == key ? change(s) : s).ToList()), ct);

    public Task ClearSessionAsync(CancellationToken ct) => vault.UpdateAsync(c => c.WithSessions([]), ct);
}
