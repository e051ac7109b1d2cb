using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Security;

/// <summary>
/// The cookie a remote client gets for the right passphrase: its expiry and a random id, signed with HMAC-SHA256
/// under a key derived from the master key, the passphrase hash and the unlock generation, so setting a new
/// passphrase or revoking (<see cref="RevokeAllAsync"/>, which raises the generation) signs every client out. The
/// generation is kept in the vault, so a restart (or a second API process) keeps clients unlocked, or revoked.
/// </summary>
public sealed class UnlockCookie(Vault vault, TimeProvider clock, IOptionsMonitor<SecurityOptions> options)
{
    public const string Name = "instaintel_unlock";

    public void Issue(HttpContext http)
    {
        var lifetime = options.CurrentValue.UnlockLifetime;
        var expires = clock.GetUtcNow() + lifetime;
        var payload = expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + "." + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        http.Response.Cookies.Append(Name, payload + "." + Sign(payload, vault.Read()), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps, // also behind a TLS proxy: the forwarded-headers middleware sets the scheme
            Path = "/",
            MaxAge = lifetime,
            IsEssential = true,
        });
    }

    /// <summary>Every unlock cookie issued so far stops working, on every client and every open socket.</summary>
    public Task RevokeAllAsync(CancellationToken ct) =>
        vault.UpdateAsync(c => c with { UnlockGeneration = c.UnlockGeneration + 1 }, ct);

    public static void Clear(HttpContext http) =>
        http.Response.Cookies.Delete(Name, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Path = "/" });

    public bool IsValid(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(Name, out var value) || value is null) return false;
        var lastDot = value.LastIndexOf('.');
        var firstDot = value.IndexOf('.');
        if (firstDot <= 0 || lastDot <= firstDot) return false;
        var contents = vault.Read();
        if (contents.PassphraseHash is null) return false;
        var payload = value[..lastDot];
        var expected = Encoding.ASCII.GetBytes(Sign(payload, contents));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(value[(lastDot + 1)..]))) return false;
        return long.TryParse(value[..firstDot], CultureInfo.InvariantCulture, out var expires)
               && DateTimeOffset.FromUnixTimeSeconds(expires) > clock.GetUtcNow();
    }

    private string Sign(string payload, VaultContents contents)
    {
        // Generation 0 salts as before generations existed, so cookies issued by an earlier version stay valid.
        var salt = Encoding.UTF8.GetBytes(contents.UnlockGeneration == 0 ? contents.PassphraseHash!
            : contents.PassphraseHash + "#" + contents.UnlockGeneration.ToString(CultureInfo.InvariantCulture));
        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, vault.Key.Bytes, 32, salt, "InstaIntel unlock cookie"u8.ToArray());
        return Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(payload)));
    }
}
