namespace InstaIntel.Api.Tokens;

/// <summary>The `Tokens` settings.</summary>
public sealed class TokenOptions
{
    /// <summary>Requests each API token may make per minute; more get 429 with Retry-After.</summary>
    public int RequestsPerMinute { get; set; } = 120;
}
