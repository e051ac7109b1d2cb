using InstaIntel.Api.Persistence;
using InstaIntel.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Alerts;

/// <summary>
/// Channel URLs saved before they were kept in the vault sit in `alert_channels.url_before_vault` (the migration
/// ChannelUrlsInVault renamed the old `url` column): at start they move into the vault and the column is cleared.
/// A vault that cannot be read leaves them where they are, for the next start.
/// </summary>
public static class ChannelUrlMove
{
    public static async Task RunAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InstaIntelDb>();
        var secrets = scope.ServiceProvider.GetRequiredService<ChannelSecrets>();
        var log = scope.ServiceProvider.GetRequiredService<ILogger<ChannelSecrets>>();
        var waiting = await db.AlertChannels.Where(c => c.UrlBeforeVault != null).ToListAsync();
        try
        {
            foreach (var channel in waiting)
            {
                await secrets.SetAsync(channel.Id, channel.UrlBeforeVault, null, CancellationToken.None);
                channel.UrlBeforeVault = null;
                await db.SaveChangesAsync();
                log.LogInformation("Moved the URL of alert channel {Channel} ({Name}) into the credential vault", channel.Id, channel.Name);
            }
        }
        catch (VaultException e)
        {
            log.LogError("Alert channel URLs stay in the database until the vault can be read: {Problem}", e.Message);
        }
    }
}
