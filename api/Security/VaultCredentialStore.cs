using InstaIntel.Api.Instagram;

namespace InstaIntel.Api.Security;

/// <summary>The Instagram session, kept in the encrypted vault.</summary>
public sealed class VaultCredentialStore(Vault vault) : ICredentialStore
{
    public static VaultCredentialStore In(string dataFolder) => new(Vault.In(dataFolder));

    public Task<InstagramSession?> GetSessionAsync(CancellationToken ct) => Task.FromResult(vault.Read().InstagramSession);

    public Task SaveSessionAsync(InstagramSession session, CancellationToken ct) =>
        vault.UpdateAsync(c => c with { InstagramSession = session }, ct);

    public Task ClearSessionAsync(CancellationToken ct) => vault.UpdateAsync(c => c with { InstagramSession = null }, ct);
}
