using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Tokens;

public enum TokenProblem { None, Unknown, Expired, Revoked }

/// <summary>
/// Creates, lists, revokes and checks API tokens. Checked tokens are kept in memory by hash, so a revocation made
/// here is seen by the next request and by the next message of every open socket without a database read.
/// </summary>
public sealed class ApiTokens(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ApiTokens> log)
{
    public const string Prefix = "ii_";
    /// <summary>Last use is written at most this often per token (and whenever the client's address changes).</summary>
    private static readonly TimeSpan LastUseResolution = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, ApiToken> byHash = new(StringComparer.Ordinal);

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>A new token and its secret, which exists nowhere else once this returns.</summary>
    public async Task<(ApiToken Token, string Secret)> CreateAsync(string name, IEnumerable<TokenScope> scopes, DateTime? expiresAt, CancellationToken ct)
    {
        var secret = Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            Name = name,
            Scopes = TokenScopes.Format(scopes),
            SecretHash = Hash(secret),
            SecretEnd = secret[^4..],
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            ExpiresAt = expiresAt,
        };
        await WithDbAsync(async db =>
        {
            db.ApiTokens.Add(token);
            await db.SaveChangesAsync(ct);
        });
        log.LogInformation("API token {Name} (#{Id}) created with scopes {Scopes}", token.Name, token.Id, token.Scopes);
        return (token, secret);
    }

    public Task<List<ApiToken>> ListAsync(CancellationToken ct) =>
        WithDbAsync(db => db.ApiTokens.AsNoTracking().OrderBy(t => t.Id).ToListAsync(ct));

    /// <summary>The revoked token, or null when there is no such token.</summary>
    public async Task<ApiToken?> RevokeAsync(long id, CancellationToken ct)
    {
        var token = await WithDbAsync(async db =>
        {
            var found = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id, ct);
            if (found is null) return null;
            found.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            return found;
        });
        if (token is null) return null;
        foreach (var (hash, cached) in byHash)
            if (cached.Id == id) byHash[hash] = token;
        log.LogInformation("API token {Name} (#{Id}) revoked", token.Name, token.Id);
        return token;
    }

    /// <summary>The token a secret belongs to (null when none does), and what keeps it from being used now.</summary>
    public async Task<(ApiToken? Token, TokenProblem Problem)> CheckAsync(string secret, CancellationToken ct)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.Length > 200) return (null, TokenProblem.Unknown);
        var hash = Hash(secret);
        if (!byHash.TryGetValue(hash, out var token))
        {
            token = await WithDbAsync(db => db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.SecretHash == hash, ct));
            if (token is null) return (null, TokenProblem.Unknown);
            byHash[hash] = token;
        }
        return (token, ProblemOf(token));
    }

    /// <summary>What keeps a checked token from being used now, as far as this process knows (no database read).</summary>
    public TokenProblem ProblemNow(long id) =>
        byHash.Values.FirstOrDefault(t => t.Id == id) is { } token ? ProblemOf(token) : TokenProblem.Revoked;

    private TokenProblem ProblemOf(ApiToken token) =>
        token.RevokedAt is not null ? TokenProblem.Revoked
        : token.ExpiresAt <= clock.GetUtcNow().UtcDateTime ? TokenProblem.Expired
        : TokenProblem.None;

    /// <summary>Records when and from where a token was last used, at most every <see cref="LastUseResolution"/>.</summary>
    public async Task RecordUseAsync(ApiToken token, string? address, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (token.LastUsedAt > now - LastUseResolution && token.LastUsedFrom == address) return;
        token.LastUsedAt = now;
        token.LastUsedFrom = address;
        await WithDbAsync(db => db.ApiTokens.Where(t => t.Id == token.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now).SetProperty(t => t.LastUsedFrom, address), ct));
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private async Task<T> WithDbAsync<T>(Func<InstaIntelDb, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<InstaIntelDb>());
    }

    private Task WithDbAsync(Func<InstaIntelDb, Task> work) => WithDbAsync(async db => { await work(db); return 0; });
}
