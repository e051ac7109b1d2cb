using InstaIntel.Api.Alerts;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Alerts;

/// <summary>What the alert mutations keep outside the schema: a channel's secret, in the vault.</summary>
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
        Assert.Equal("123:bot-token", secrets.Get(channel.Id));

        input.Secret = "";
        var refused = Assert.IsType<ChannelChange.Refused>(await alerts.UpdateChannelAsync(channel.Id, input, default));
        Assert.Equal("secret", refused.Problem.Field);
        Assert.Equal("123:bot-token", secrets.Get(channel.Id));

        Assert.True(await alerts.RemoveChannelAsync(channel.Id, default));
        Assert.Null(secrets.Get(channel.Id));
        Assert.False(await alerts.RemoveChannelAsync(channel.Id, default));
    }
}
