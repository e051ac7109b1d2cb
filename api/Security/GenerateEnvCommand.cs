using System.Text;
using InstaIntel.Api.Instagram;

namespace InstaIntel.Api.Security;

/// <summary>
/// `InstaIntel.Api generate-env [--data DIR] [--passphrase TEXT | --no-passphrase] [--session-id VALUE] [--force]`
/// (what scripts/generate-env runs): creates the master key and the vault, sets the unlock passphrase and stores an
/// Instagram session. Without flags, on a terminal, it asks.
/// </summary>
public static class GenerateEnvCommand
{
    public const string Usage = "usage: scripts/generate-env [--data DIR] [--passphrase TEXT | --no-passphrase] [--session-id VALUE] [--force]";

    public static async Task<int> RunAsync(string[] args, string dataFolder, string? keyFile, TextReader input, TextWriter output, bool interactive)
    {
        var flags = Flags(args);
        if (flags is null)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }
        Vault vault;
        try
        {
            vault = Vault.In(dataFolder, keyFile);
            vault.Read();
        }
        catch (VaultException e) when (flags.ContainsKey("force") && File.Exists(Path.Combine(dataFolder, Vault.FileName)))
        {
            var current = Path.Combine(dataFolder, Vault.FileName);
            var kept = $"{current}.unreadable-{DateTime.UtcNow:yyyyMMddHHmmss}";
            File.Move(current, kept);
            await output.WriteLineAsync($"{e.Message}\nKept the unreadable vault as {kept}; starting a new one.");
            vault = Vault.In(dataFolder, keyFile);
        }
        catch (VaultException e)
        {
            await output.WriteLineAsync(e.Message);
            return 3;
        }

        var passphrase = flags.GetValueOrDefault("passphrase");
        var sessionId = flags.GetValueOrDefault("session-id");
        if (interactive && passphrase is null && !flags.ContainsKey("no-passphrase") && sessionId is null)
        {
            passphrase = Ask(output, input, "Unlock passphrase for clients outside the trusted networks (empty: keep the current one): ");
            if (passphrase.Length > 0 && Ask(output, input, "Again: ") != passphrase)
            {
                await output.WriteLineAsync("The two passphrases differ. Nothing was changed.");
                return 4;
            }
            sessionId = Ask(output, input, "Instagram sessionid cookie (empty: keep the current one): ");
        }

        InstagramSession? session = null;
        if (!string.IsNullOrEmpty(sessionId) && !SessionImport.TryParse(sessionId, null, null, out session, out var error))
        {
            await output.WriteLineAsync(error);
            return 4;
        }
        var hash = string.IsNullOrEmpty(passphrase) ? null : PassphraseHash.Create(passphrase);
        await vault.UpdateAsync(c => (session is null ? c : c.WithSessions(c.Sessions.With(session, out _))) with
        {
            PassphraseHash = flags.ContainsKey("no-passphrase") ? null : hash ?? c.PassphraseHash,
        });
        await output.WriteLineAsync($"Master key: {vault.Key.Source}\nVault: {vault.FilePath}\n{Vault.Describe(vault.Read())}");
        return 0;
    }

    private static Dictionary<string, string?>? Flags(string[] args)
    {
        var flags = new Dictionary<string, string?>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--force" or "--no-passphrase":
                    flags[args[i][2..]] = null;
                    break;
                case "--passphrase" or "--session-id" or "--data" or "--Security:KeyFile" when i + 1 < args.Length:
                    flags[args[i][2..]] = args[++i];
                    break;
                default:
                    return null;
            }
        }
        return flags.ContainsKey("passphrase") && flags.ContainsKey("no-passphrase") ? null : flags;
    }

    /// <summary>Reads a line without echoing it when on a terminal.</summary>
    private static string Ask(TextWriter output, TextReader input, string prompt)
    {
        output.Write(prompt);
        output.Flush();
        if (Console.IsInputRedirected || input != Console.In) return input.ReadLine() ?? "";
        var text = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace) { if (text.Length > 0) text.Length--; }
            else if (!char.IsControl(key.KeyChar)) text.Append(key.KeyChar);
        }
        output.WriteLine();
        return text.ToString();
    }
}
