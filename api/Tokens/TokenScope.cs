namespace InstaIntel.Api.Tokens;

/// <summary>What a token may do. Each scope stands alone: a token that should read and crawl holds both.</summary>
public enum TokenScope
{
    /// <summary>Queries, subscriptions, exports and the schema.</summary>
    Read,
    /// <summary>Starting and cancelling crawls, tracking and untracking accounts, and the edits that go with them.</summary>
    Crawl,
    /// <summary>Instagram sessions, settings, backups and tokens.</summary>
    Admin,
}

public static class TokenScopes
{
    public static string Name(this TokenScope scope) => scope.ToString().ToLowerInvariant();

    public static string Format(IEnumerable<TokenScope> scopes) => string.Join(' ', scopes.Distinct().Order().Select(Name));

    public static IReadOnlySet<TokenScope> Parse(string scopes) =>
        scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => Enum.TryParse<TokenScope>(s, ignoreCase: true, out var scope) ? scope : (TokenScope?)null)
            .OfType<TokenScope>().ToHashSet();
}
