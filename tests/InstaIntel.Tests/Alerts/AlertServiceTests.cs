using InstaIntel.Api.Alerts;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Alerts;

/// <summary>What the alert mutations keep outside the schema: a channel's secret and URL, in the vault.</summary>
public sealed class AlertServiceTests
{
    [Fact]
    public async Task A_bot_token_survives_an_update_without_one_and_a_refused_update_and_goes_with_its_channel()
    {
        using var app = AppFactory.With(AlertApi.QuickDelivery());
        await using var scope = app.Services.CreateAsyncScope();
        var alerts = scope.ServiceProvider.GetRequiredService<AlertService>();
        var secrets = scope.ServiceProvider.GetRequiredService<ChannelSecrets>();
        var input = new ChannelInput { Name = "Chat", Kind = ChannelKind.Telegram, TelegramChatId = "42", Secret = "123:bot-token" };
        var channel = Assert.IsType<ChannelChange.Saved>(await alerts.AddChannelAsync(input, default)).Channel;

        input.Name = "Renamed chat";
        input.Secret = null;
        Assert.IsType<ChannelChange.Saved>(await alerts.UpdateChannelAsync(channel.Id, input, default));
        Assert.Equal("123:bot-token", secrets.Of(channel.Id).Secret);

        input.Secret = "";
        var refused = Assert.IsType<ChannelChange.Refused>(await alerts.UpdateChannelAsync(channel.Id, input, default));
        Assert.Equal("secret", refused.Problem.Field);
        Assert.Equal("123:bot-token", secrets.Of(channel.Id).Secret);

        Assert.True(await alerts.RemoveChannelAsync(channel.Id, default));
        Assert.Null(secrets.Of(channel.Id).Secret);
        Assert.False(await alerts.RemoveChannelAsync(channel.Id, default));
    }

    [Fact]
    public async Task A_webhook_url_is_kept_in_the_vault_through_updates_without_it_or_with_its_masked_form_and_goes_with_its_channel()
    {
        const string url = "https://discord.com/api/webhooks/123/token-part";
        using var app = AppFactory.With(AlertApi.QuickDelivery());
        await using var scope = app.Services.CreateAsyncScope();
        var alerts = scope.ServiceProvider.GetRequiredService<AlertService>();
        var secrets = scope.ServiceProvider.GetRequiredService<ChannelSecrets>();
        var input = new ChannelInput { Name = "Discord", Kind = ChannelKind.Webhook, Url = url };
        var added = Assert.IsType<ChannelChange.Saved>(await alerts.AddChannelAsync(input, default));
        Assert.Equal(url, added.Url);
        Assert.Null(added.Channel.UrlBeforeVault);

        input.Url = null;
        Assert.Null(Assert.IsType<ChannelChange.Saved>(await alerts.UpdateChannelAsync(added.Channel.Id, input, default)).Url);
        input.Url = "https://discord.com/…";
        Assert.Null(Assert.IsType<ChannelChange.Saved>(await alerts.UpdateChannelAsync(added.Channel.Id, input, default)).Url);
        Assert.Equal(url, secrets.Of(added.Channel.Id).Url);

        input.Url = "https://hooks.slack.com/services/T0/B0/x";
        Assert.Equal(input.Url, Assert.IsType<ChannelChange.Saved>(await alerts.UpdateChannelAsync(added.Channel.Id, input, default)).Url);
        Assert.Equal(input.Url, secrets.Of(added.Channel.Id).Url);

        Assert.True(await alerts.RemoveChannelAsync(added.Channel.Id, default));
        Assert.Equal(new KeptChannelSecrets(null, null), secrets.Of(added.Channel.Id));
    }
}
