namespace InstaIntel.Api.Tokens;

/// <summary>
/// A personal access token for a tool that is not a browser. The secret itself is shown once, at creation, and
/// never stored: only its SHA-256 (a random 256-bit secret needs no slow hash) and its last four characters, so
/// Settings can tell tokens apart.
/// </summary>
public sealed class ApiToken
{
    public long Id { get; set; }
    public required string Name { get; set; }
    /// <summary>Space-separated <see cref="TokenScope"/> names, lower case: `read crawl`.</summary>
    public required string Scopes { get; set; }
    public required string SecretHash { get; set; }
    public required string SecretEnd { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public string? LastUsedFrom { get; set; }

    public IReadOnlySet<TokenScope> ScopeSet => TokenScopes.Parse(Scopes);
}
