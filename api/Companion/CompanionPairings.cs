using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using InstaIntel.Api.Tokens;

namespace InstaIntel.Api.Companion;

/// <summary>A pairing code as Settings shows it (`K7QF-M2XD`) and when it stops working.</summary>
public sealed record CompanionPairing(string Code, DateTime ExpiresAt);

public enum PairingProblem { None, Unknown, Expired, Used }

/// <summary>
/// One-time codes that let the browser companion get an API token of its own without anyone copying a secret. A code
/// is 8 characters of an alphabet without look-alikes (no 0/O, 1/I), works once, for <see cref="Lifetime"/>, and is
/// kept only as its SHA-256, in memory: a restart forgets codes not yet used, and the user shows a new one.
/// </summary>
public sealed class CompanionPairings(ApiTokens tokens, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public const string TokenNamePrefix = "Browser companion: ";
    /// <summary>The companion reads the crawls it is given (read) and feeds them (crawl); InstaIntel's scopes stand alone.</summary>
    public static readonly TokenScope[] Scopes = [TokenScope.Read, TokenScope.Crawl];
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const int Length = 8;
    /// <summary>Used and expired codes are remembered this long, so a second try hears why rather than "unknown".</summary>
    private static readonly TimeSpan Remembered = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, Pending> byHash = new(StringComparer.Ordinal);

    private sealed record Pending(DateTime ExpiresAt, bool Used);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public CompanionPairing Create()
    {
        Forget();
        var code = RandomNumberGenerator.GetString(Alphabet, Length);
        var expiresAt = Now + Lifetime;
        byHash[Hash(code)] = new Pending(expiresAt, Used: false);
        return new CompanionPairing($"{code[..4]}-{code[4..]}", expiresAt);
    }

    /// <summary>Uses a code up and makes the companion's token, or says why the code does not work.</summary>
    public async Task<(PairingProblem Problem, ApiToken? Token, string? Secret)> RedeemAsync(string code, string browser, CancellationToken ct)
    {
        if (Normalize(code) is not { } normalized || !byHash.TryGetValue(Hash(normalized), out var pending)) return (PairingProblem.Unknown, null, null);
        var hash = Hash(normalized);
        if (pending.Used) return (PairingProblem.Used, null, null);
        if (pending.ExpiresAt <= Now) return (PairingProblem.Expired, null, null);
        if (!byHash.TryUpdate(hash, pending with { Used = true }, pending)) return (PairingProblem.Used, null, null);
        var name = TokenNamePrefix + browser;
        var (token, secret) = await tokens.CreateAsync(name.Length > ApiTokenMutations.MaxNameLength ? name[..ApiTokenMutations.MaxNameLength] : name, Scopes, null, ct);
        return (PairingProblem.None, token, secret);
    }

    /// <summary>Dashes, spaces and letter case are ignored; null when it cannot be a code at all.</summary>
    private static string? Normalize(string code)
    {
        var letters = new string(code.Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant).ToArray());
        return letters.Length == Length && letters.All(Alphabet.Contains) ? letters : null;
    }

    private void Forget()
    {
        var before = Now - Remembered;
        foreach (var (hash, pending) in byHash)
            if (pending.ExpiresAt < before) byHash.TryRemove(hash, out _);
    }

    private static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(code)));
}
