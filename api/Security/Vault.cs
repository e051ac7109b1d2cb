using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace InstaIntel.Api.Security;

/// <summary>
/// One AES-256-GCM encrypted file in the data folder: a format tag, a fresh random nonce on every write, the tag and
/// the ciphertext. Written to a temporary file and renamed over the old one, so a crash never leaves half a vault.
/// A vault that does not decrypt (changed on disk, or another key) is reported and never overwritten.
/// </summary>
public sealed class Vault(string path, MasterKey key)
{
    public const string FileName = "vault.bin";
    private static readonly byte[] Format = "IIV1"u8.ToArray();
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly Lock cacheLock = new();
    private (DateTime Written, long Length, VaultContents Contents)? cache;
    private readonly SemaphoreSlim writing = new(1, 1);

    public string FilePath => path;
    public MasterKey Key => key;

    public static Vault In(string dataFolder, string? keyFile = null) =>
        new(Path.Combine(dataFolder, FileName), MasterKey.Load(dataFolder, keyFile));

    /// <summary>The contents, or empty ones when there is no vault yet.</summary>
    public VaultContents Read()
    {
        var file = new FileInfo(path);
        if (!file.Exists) return VaultContents.Empty;
        lock (cacheLock)
            if (cache is { } c && c.Written == file.LastWriteTimeUtc && c.Length == file.Length) return c.Contents;
        var contents = Decrypt(File.ReadAllBytes(path));
        lock (cacheLock) cache = (file.LastWriteTimeUtc, file.Length, contents);
        return contents;
    }

    public async Task UpdateAsync(Func<VaultContents, VaultContents> change, CancellationToken ct = default)
    {
        await writing.WaitAsync(ct);
        try
        {
            var updated = change(Read()); // throws on a vault it cannot read: nothing is written then
            // Its own temporary file: the API and crawl workers on one data folder may write at the same moment.
            var temp = $"{path}.{Guid.NewGuid():N}.tmp";
            var create = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            await using (var stream = new FileStream(temp, create))
            {
                await stream.WriteAsync(Encrypt(updated), ct);
                await stream.FlushAsync(ct);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally { writing.Release(); }
    }

    private byte[] Encrypt(VaultContents contents)
    {
        var plain = JsonSerializer.SerializeToUtf8Bytes(contents, VaultJson.Default.VaultContents);
        var sealedBytes = new byte[Format.Length + NonceSize + TagSize + plain.Length];
        Format.CopyTo(sealedBytes, 0);
        var nonce = sealedBytes.AsSpan(Format.Length, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key.Bytes, TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(Format.Length + NonceSize + TagSize), sealedBytes.AsSpan(Format.Length + NonceSize, TagSize), Format);
        CryptographicOperations.ZeroMemory(plain);
        return sealedBytes;
    }

    private VaultContents Decrypt(byte[] sealedBytes)
    {
        if (sealedBytes.Length < Format.Length + NonceSize + TagSize || !sealedBytes.AsSpan(0, Format.Length).SequenceEqual(Format))
            throw Unreadable("it is not an InstaIntel vault");
        var plain = new byte[sealedBytes.Length - Format.Length - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(key.Bytes, TagSize);
            aes.Decrypt(sealedBytes.AsSpan(Format.Length, NonceSize), sealedBytes.AsSpan(Format.Length + NonceSize + TagSize),
                sealedBytes.AsSpan(Format.Length + NonceSize, TagSize), plain, Format);
            return JsonSerializer.Deserialize(plain, VaultJson.Default.VaultContents) ?? VaultContents.Empty;
        }
        catch (AuthenticationTagMismatchException)
        {
            throw Unreadable($"it was changed since InstaIntel wrote it, or the master key ({key.Source}) is not the one it was written with");
        }
        finally { CryptographicOperations.ZeroMemory(plain); }
    }

    private VaultException Unreadable(string why) => new(
        $"The credential vault {path} cannot be decrypted: {why}. Nothing was overwritten. Restore the vault or its key, " +
        "or run `scripts/generate-env --force` to start a new, empty vault (the old one is kept beside it).");

    internal static string Describe(VaultContents contents) => new StringBuilder()
        .Append("Instagram sessions: ").Append(contents.Sessions.Count == 0 ? "none" : $"{contents.Sessions.Count} stored")
        .Append("; unlock passphrase: ").Append(contents.PassphraseHash is null ? "not set (only trusted networks can use the app)" : "set")
        .ToString();
}
