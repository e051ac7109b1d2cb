using InstaIntel.Api.Backups;
using InstaIntel.Api.Migrate;
using InstaIntel.Api.Persistence;
using InstaIntel.Api.Security;

namespace InstaIntel.Api.Hosting;

/// <summary>The commands the app runs instead of serving: `restore`, `generate-env`, `migrate`, `er-diagram`.</summary>
public static class CliCommands
{
    /// <summary>The command's exit code, or null when the arguments name no command and the app should serve.</summary>
    public static async Task<int?> TryRunAsync(string[] args)
    {
        switch (args)
        {
            case ["restore", var archive, .. var rest]:
                // The environment too: the Database settings of a Compose deployment are there (Database__Provider).
                var restore = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(rest).Build();
                return await RestoreCommand.RunAsync(archive, DataFolder.Resolve(restore), Console.Out, restore);
            case ["generate-env", .. var rest]:
                var configuration = Settings(rest);
                return await GenerateEnvCommand.RunAsync(rest, DataFolder.Resolve(configuration), configuration["Security:KeyFile"],
                    Console.In, Console.Out, interactive: !Console.IsInputRedirected);
            case ["migrate", .. var rest]:
                return await MigrateCommand.RunAsync(rest, Console.Out);
            case ["er-diagram"]:
                Console.Out.Write(ErDiagram.FromModel());
                return 0;
            default:
                return null;
        }
    }

    private static IConfiguration Settings(string[] args) => new ConfigurationBuilder().AddCommandLine(args).Build();
}
