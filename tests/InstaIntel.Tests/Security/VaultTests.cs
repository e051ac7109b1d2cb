using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Text;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Security;

namespace InstaIntel.Tests.Security;

public sealed class VaultTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("instaintel-vault-").FullName;
    private static readonly InstagramSession Session = new("4242%3Avault-secret-session", "vault-csrf", 4242);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task What_is_written_reads_back_and_the_file_holds_no_plain_text()
    {
        var vault = Vault.In(folder);
        await vault.UpdateAsync(c => c with { InstagramSession = Session, PassphraseHash = "$argon2id$stand-in" });

        var again = Vault.In(folder); // a new process: same key file, no cache
        Assert.Equal(new VaultContents(Session, "$argon2id$stand-in"), again.Read());
        var bytes = await File.ReadAllBytesAsync(vault.FilePath);
        Assert.DoesNotContain("vault-secret-session", Encoding.UTF8.GetString(bytes));
        Assert.DoesNotContain("argon2id", Encoding.UTF8.GetString(bytes));
        Assert.False(File.Exists(vault.FilePath + ".tmp"));
    }

    [Fact]
    public async Task Every_write_uses_a_fresh_nonce()
    {
        var vault = Vault.In(folder);
        await vault.UpdateAsync(c => c with { InstagramSession = Session });
        var first = await File.ReadAllBytesAsync(vault.FilePath);
        await vault.UpdateAsync(c => c with { InstagramSession = Session });
        var second = await File.ReadAllBytesAsync(vault.FilePath);

        Assert.Equal(first.Length, second.Length);
        Assert.NotEqual(first[4..16], second[4..16]); // the nonce after the 4-byte format tag
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task A_tampered_vault_is_reported_clearly_and_never_overwritten()
    {
        var vault = Vault.In(folder);
        await vault.UpdateAsync(c => c with { InstagramSession = Session });
        var bytes = await File.ReadAllBytesAsync(vault.FilePath);
        bytes[^1] ^= 0x01;
        await File.WriteAllBytesAsync(vault.FilePath, bytes);

        var store = new VaultCredentialStore(Vault.In(folder));
        var read = await Assert.ThrowsAsync<VaultException>(() => store.GetSessionAsync(CancellationToken.None));
        Assert.Contains("cannot be decrypted", read.Message);
        Assert.Contains("Nothing was overwritten", read.Message);
        Assert.DoesNotContain("vault-secret-session", read.Message);

        await Assert.ThrowsAsync<VaultException>(() => store.SaveSessionAsync(new InstagramSession("other"), CancellationToken.None));
        await Assert.ThrowsAsync<VaultException>(() => store.ClearSessionAsync(CancellationToken.None));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(vault.FilePath));
    }

    [Fact]
    public async Task Another_key_cannot_read_the_vault()
    {
        var vault = Vault.In(folder);
        await vault.UpdateAsync(c => c with { InstagramSession = Session });

        var wrong = new Vault(vault.FilePath, new MasterKey(RandomNumberGenerator.GetBytes(32), "a test key"));
        var error = Assert.Throws<VaultException>(() => wrong.Read());
        Assert.Contains("master key (a test key) is not the one it was written with", error.Message);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")] // on Windows the key lives in Credential Manager, not in a file with a mode
    public void The_key_file_is_created_once_owner_only_and_refused_when_others_can_read_it()
    {
        var first = MasterKey.Load(folder);
        var path = Path.Combine(folder, MasterKey.FileName);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(32, first.Bytes.Length);
        Assert.Equal(first.Bytes, MasterKey.Load(folder).Bytes);

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        var error = Assert.Throws<VaultException>(() => MasterKey.Load(folder));
        Assert.Contains("chmod 600", error.Message);
    }

    [Fact]
    public async Task The_plain_session_file_of_earlier_versions_moves_into_the_vault()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "instagram-session.json"), """{"SessionId":"4242%3Aold-plain","CsrfToken":"c","DsUserId":4242}""");
        using var app = Support.AppFactory.With([], folder);
        app.KeepDataFolder = true;

        var session = await VaultCredentialStore.In(folder).GetSessionAsync(CancellationToken.None);
        Assert.Equal("4242%3Aold-plain", session?.SessionId);
        Assert.False(File.Exists(Path.Combine(folder, "instagram-session.json")));
    }
}
