using System.Security.Cryptography;

namespace InstaIntel.Api.Security;

/// <summary>
/// The vault's 256-bit key: `INSTAINTEL_MASTER_KEY` (base64 or hex) when set; on Windows, the Credential Manager;
/// elsewhere a key file readable only by its owner, created on first use.
/// </summary>
public sealed record MasterKey(byte[] Bytes, string Source)
{
    public const string EnvironmentVariable = "INSTAINTEL_MASTER_KEY";
    public const string FileName = "master.key";
    public const int Size = 32;

    public static MasterKey Load(string dataFolder, string? keyFile = null)
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } text)
            return new MasterKey(Decode(text) ?? throw new VaultException(
                $"{EnvironmentVariable} must hold {Size} bytes as base64 or hex (e.g. the output of `openssl rand -base64 32`)."), $"environment variable {EnvironmentVariable}");
        if (OperatingSystem.IsWindows() && keyFile is null)
            return new MasterKey(WindowsCredentialManager.ReadOrCreate("InstaIntel master key " + dataFolder, Size), "Windows Credential Manager");
        return FromFile(keyFile ?? Path.Combine(dataFolder, FileName));
    }

    private static MasterKey FromFile(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            try
            {
                using var stream = new FileStream(path, create);
                using var writer = new StreamWriter(stream);
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(Size)));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first: use theirs.
            }
        }
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead)) != 0)
            throw new VaultException($"The master key file {path} is readable by other users: run `chmod 600 {path}`.");
        return new MasterKey(Decode(File.ReadAllText(path)) ?? throw new VaultException(
            $"The master key file {path} does not hold a {Size}-byte key. Restore it from your backup of the key."), $"key file {path}");
    }

    private static byte[]? Decode(string text)
    {
        text = text.Trim();
        byte[]? bytes = null;
        if (text.Length == Size * 2 && text.All(Uri.IsHexDigit)) bytes = Convert.FromHexString(text);
        else
        {
            var buffer = new byte[Size + 3];
            if (Convert.TryFromBase64String(text, buffer, out var written) && written == Size) bytes = buffer[..Size];
        }
        return bytes;
    }
}
