using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Konscious.Security.Cryptography;

namespace InstaIntel.Api.Security;

/// <summary>Argon2id in the PHC string format (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`), so its cost travels with it.</summary>
public static class PassphraseHash
{
    /// <summary>OWASP's baseline for Argon2id: 19 MiB, two passes, one lane.</summary>
    public const int DefaultMemoryKib = 19 * 1024;
    public const int DefaultIterations = 2;

    public static string Create(string passphrase, int memoryKib = DefaultMemoryKib, int iterations = DefaultIterations)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Compute(passphrase, salt, memoryKib, iterations, 1, 32);
        return $"$argon2id$v=19$m={memoryKib},t={iterations},p=1${Convert.ToBase64String(salt).TrimEnd('=')}${Convert.ToBase64String(hash).TrimEnd('=')}";
    }

    public static bool Verify(string passphrase, string encoded)
    {
        var parts = encoded.Split('$');
        if (parts is not ["", "argon2id", "v=19", var parameters, var salt64, var hash64]) return false;
        var cost = parameters.Split(',').Select(p => p.Split('=')).ToDictionary(p => p[0], p => int.Parse(p[1], CultureInfo.InvariantCulture));
        var expected = FromBase64(hash64);
        var actual = Compute(passphrase, FromBase64(salt64), cost["m"], cost["t"], cost["p"], expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static byte[] Compute(string passphrase, byte[] salt, int memoryKib, int iterations, int lanes, int length)
    {
        using var argon = new Argon2id(Encoding.UTF8.GetBytes(passphrase))
        {
            Salt = salt,
            MemorySize = memoryKib,
            Iterations = iterations,
            DegreeOfParallelism = lanes,
        };
        return argon.GetBytes(length);
    }

    private static byte[] FromBase64(string unpadded) => Convert.FromBase64String(unpadded.PadRight((unpadded.Length + 3) / 4 * 4, '='));
}
