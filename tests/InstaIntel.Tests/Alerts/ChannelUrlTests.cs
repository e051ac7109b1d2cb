using System.Text.Json.Nodes;
using InstaIntel.Api.Alerts;
using InstaIntel.Api.Persistence;
using InstaIntel.Api.Tokens;
using InstaIntel.Tests.Support;
using InstaIntel.Tests.Tokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Alerts;

/// <summary>A channel's URL is a credential: kept in the vault, shown masked, given whole only by the mutation that saves it.</summary>
public sealed class ChannelUrlTests
{
    private const string DiscordUrl = "https://discord.com/api/webhooks/1234567890/hook-credential-part";

    [Fact]
    public async Task An_admin_gets_the_whole_url_once_from_the_mutation_and_a_read_token_sees_only_scheme_and_host()
    {
        using var world = new TokenWorld(AlertApi.QuickDelivery());
        var (_, admin) = await world.CreateAsync(TokenScope.Admin);
        var (_, reader) = await world.CreateAsync(TokenScope.Read);

        var added = await TokenWorld.JsonAsync(await world.PostAsync("""
            mutation($input: AddAlertChannelInput!) { addAlertChannel(input: $input) { fullUrl channel { id url } } }
            """, admin, variables: new { input = new { name = "Discord", kind = "WEBHOOK", preset = "DISCORD", url = DiscordUrl } }));
        var payload = added["data"]!["addAlertChannel"]!;
        Assert.Equal(DiscordUrl, payload["fullUrl"]!.GetValue<string>());
        Assert.Equal("https://discord.com/…", payload["channel"]!["url"]!.GetValue<string>());

        var renamed = await TokenWorld.JsonAsync(await world.PostAsync("""
            mutation($input: UpdateAlertChannelInput!) { updateAlertChannel(input: $input) { fullUrl channel { url } } }
            """, admin, variables: new { input = new { id = payload["channel"]!["id"]!.GetValue<string>(), name = "Discord #alerts", kind = "WEBHOOK", preset = "DISCORD" } }));
        Assert.Null(renamed["data"]!["updateAlertChannel"]!["fullUrl"]); // the URL it kept is not shown again
        Assert.Equal("https://discord.com/…", renamed["data"]!["updateAlertChannel"]!["channel"]!["url"]!.GetValue<string>());

        var read = await world.PostAsync("{ alertChannels { name url } alertDeliveries(first: 10) { lastError } }", reader);
        var text = await read.Content.ReadAsStringAsync();
        Assert.DoesNotContain("hook-credential-part", text);
        Assert.Equal("https://discord.com/…", JsonNode.Parse(text)!["data"]!["alertChannels"]![0]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Urls_saved_before_the_vault_kept_them_move_there_at_the_next_start_and_still_deliver()
    {
        await using var ntfy = await HttpReceiver.StartAsync();
        var folder = Path.Combine(Path.GetTempPath(), "instaintel-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await using (var old = new InstaIntelDb(new DbContextOptionsBuilder<InstaIntelDb>()
                         .UseSqlite($"Data Source={DatabaseSetup.DatabasePath(folder)};Pooling=False").Options))
        {
            await old.GetService<IMigrator>().MigrateAsync("20261207204308_CrawlNames");
            await old.Database.ExecuteSqlAsync($"""
                INSERT INTO alert_channels (id, name, kind, enabled, mode, url, created_at)
                VALUES (3, 'Phone', 'Ntfy', 1, 'Immediate', {ntfy.Url + "/old-topic"}, '2026-12-01 00:00:00')
                """);
        }
        var settings = AlertApi.QuickDelivery();
        settings["Database:Provider"] = "Sqlite";
        using var app = AppFactory.With(settings, folder);
        var api = app.GraphQL();

        var channel = (await api.DataAsync("{ alertChannels { id url } }"))["alertChannels"]![0]!;
        Assert.Equal("http://127.0.0.1/…", channel["url"]!.GetValue<string>());
        Assert.Equal(ntfy.Url + "/old-topic", app.Services.GetRequiredService<ChannelSecrets>().Of(3).Url);
        Assert.Null(await app.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().AlertChannels.Select(c => c.UrlBeforeVault).SingleAsync()));

        Assert.Equal("SENT", (await AlertApi.SendTestAsync(api, channel["id"]!.GetValue<string>()))["status"]!.GetValue<string>());
        Assert.Equal("/old-topic", Assert.Single(ntfy.Requests).PathAndQuery);
    }
}
