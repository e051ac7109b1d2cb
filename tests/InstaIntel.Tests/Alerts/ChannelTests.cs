using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using InstaIntel.Tests.Support;

namespace InstaIntel.Tests.Alerts;

/// <summary>Each channel against a real receiver the test starts, through `addAlertChannel` and `sendTestAlert`.</summary>
[Trait("Database", "RunDefault")]
public sealed class ChannelTests
{
    [Fact]
    public async Task Ntfy_posts_the_text_with_title_link_and_its_token()
    {
        await using var ntfy = await HttpReceiver.StartAsync();
        using var app = AppFactory.With(AlertApi.QuickDelivery());
        var api = app.GraphQL();
        var id = await AlertApi.AddChannelAsync(api, new { name = "Phone", kind = "NTFY", url = ntfy.Url + "/instaintel-alerts", secret = "tk_ntfy_1234" });

        var delivery = await AlertApi.SendTestAsync(api, id);

        Assert.Equal("SENT", delivery["status"]!.GetValue<string>());
        var request = Assert.Single(await ntfy.WaitForAsync(1));
        Assert.Equal("/instaintel-alerts", request.PathAndQuery);
        Assert.Equal("Bearer tk_ntfy_1234", request.Headers["Authorization"]);
        Assert.Equal("InstaIntel test alert", request.Headers["Title"]);
        Assert.Equal(AlertApi.BaseUrl + "/settings/", request.Headers["Click"]);
        Assert.Contains("\"Phone\"", request.Body);
        Assert.StartsWith("test-", request.Headers["Idempotency-Key"]);
    }

    [Fact]
    public async Task Webhook_posts_the_documented_body_signed_with_its_secret()
    {
        await using var hook = await HttpReceiver.StartAsync();
        using var app = AppFactory.With(AlertApi.QuickDelivery());
        var api = app.GraphQL();
        const string secret = "whsec_5c1e77a0";
        var id = await AlertApi.AddChannelAsync(api, new { name = "Home Assistant", kind = "WEBHOOK", url = hook.Url + "/hook", secret });

        await AlertApi.SendTestAsync(api, id);

        var request = Assert.Single(await hook.WaitForAsync(1));
        var timestamp = request.Headers["X-InstaIntel-Timestamp"];
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + request.Body)));
        Assert.Equal(expected, request.Headers["X-InstaIntel-Signature"]);
        Assert.InRange(long.Parse(timestamp), DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("test", body["event"]!.GetValue<string>());
        Assert.Equal("InstaIntel test alert", body["title"]!.GetValue<string>());
        Assert.Equal(request.Headers["Idempotency-Key"], body["id"]!.GetValue<string>());
        Assert.Equal(AlertApi.BaseUrl + "/settings/", body["link"]!.GetValue<string>());
        // A body changed on the way no longer matches its signature.
        var forged = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + request.Body.Replace("test", "tset"))));
        Assert.NotEqual(forged, request.Headers["X-InstaIntel-Signature"]);
    }

    [Fact]
    public async Task Webhook_presets_post_the_discord_and_slack_shapes_unsigned_without_a_secret()
    {
        await using var hook = await HttpReceiver.StartAsync();
        using var app = AppFactory.With(AlertApi.QuickDelivery());
        var api = app.GraphQL();
        var discord = await AlertApi.AddChannelAsync(api, new { name = "Discord", kind = "WEBHOOK", preset = "DISCORD", url = hook.Url + "/discord" });
        var slack = await AlertApi.AddChannelAsync(api, new { name = "Slack", kind = "WEBHOOK", preset = "SLACK", url = hook.Url + "/slack" });

        await AlertApi.SendTestAsync(api, discord);
        await AlertApi.SendTestAsync(api, slack);

        var requests = await hook.WaitForAsync(2);
        var discordBody = JsonNode.Parse(requests.Single(r => r.PathAndQuery == "/discord").Body)!.AsObject();
        Assert.Equal(["content"], discordBody.Select(p => p.Key));
        Assert.StartsWith("**InstaIntel test alert**\n", discordBody["content"]!.GetValue<string>());
        var slackBody = JsonNode.Parse(requests.Single(r => r.PathAndQuery == "/slack").Body)!.AsObject();
        Assert.Equal(["text"], slackBody.Select(p => p.Key));
        Assert.Contains($"<{AlertApi.BaseUrl}/settings/|Open in InstaIntel>", slackBody["text"]!.GetValue<string>());
        Assert.All(requests, r => Assert.False(r.Headers.ContainsKey("X-InstaIntel-Signature")));
    }

    [Fact]
    public async Task Telegram_calls_sendMessage_on_the_configured_api_with_the_bot_token_and_chat()
    {
        await using var telegram = await HttpReceiver.StartAsync();
        using var app = AppFactory.With(AlertApi.QuickDelivery(telegram));
        var api = app.GraphQL();
        var id = await AlertApi.AddChannelAsync(api, new { name = "Telegram", kind = "TELEGRAM", telegramChatId = "-100123", secret = "123456:AAbbCCdd" });

        var delivery = await AlertApi.SendTestAsync(api, id);

        Assert.Equal("SENT", delivery["status"]!.GetValue<string>());
        var request = Assert.Single(await telegram.WaitForAsync(1));
        Assert.Equal("/bot123456:AAbbCCdd/sendMessage", request.PathAndQuery);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("-100123", body["chat_id"]!.GetValue<string>());
        Assert.StartsWith("InstaIntel test alert\n", body["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Email_goes_through_a_real_smtp_server_logging_in_with_the_password_from_the_vault()
    {
        await using var smtp = SmtpReceiver.Start(requireLogin: true);
        using var app = AppFactory.With(AlertApi.QuickDelivery());
        var api = app.GraphQL();
        var id = await AddEmailChannelAsync(api, smtp, SmtpReceiver.SmtpPassword);

        var delivery = await AlertApi.SendTestAsync(api, id);

        Assert.Equal("SENT", delivery["status"]!.GetValue<string>());
        var mail = await smtp.WaitForAsync();
        Assert.Equal("InstaIntel test alert", mail.Subject);
        Assert.Equal(["me@example.test", "you@example.test"], mail.To.Mailboxes.Select(m => m.Address));
        Assert.Contains(AlertApi.BaseUrl + "/settings/", mail.TextBody);
        Assert.Equal(("alerts", SmtpReceiver.SmtpPassword), Assert.Single(smtp.Logins));
    }

    [Fact]
    public async Task A_wrong_smtp_password_fails_the_test_send_with_the_servers_reason()
    {
        await using var smtp = SmtpReceiver.Start(requireLogin: true);
        using var app = AppFactory.With(AlertApi.QuickDelivery());
        var api = app.GraphQL();
        var id = await AddEmailChannelAsync(api, smtp, "wrong");

        var delivery = await AlertApi.SendTestAsync(api, id);

        Assert.Equal("FAILED", delivery["status"]!.GetValue<string>());
        Assert.Contains("SMTP 127.0.0.1", delivery["lastError"]!.GetValue<string>());
        Assert.Empty(smtp.Messages);
    }

    [Fact]
    public async Task A_test_send_to_a_failing_receiver_is_logged_as_failed_with_its_status_but_not_its_body()
    {
        await using var ntfy = await HttpReceiver.StartAsync();
        ntfy.Failing = true;
        using var app = AppFactory.With(AlertApi.QuickDelivery());
        var api = app.GraphQL();
        var id = await AlertApi.AddChannelAsync(api, new { name = "Down", kind = "NTFY", url = ntfy.Url + "/t" });

        var delivery = await AlertApi.SendTestAsync(api, id);

        Assert.Equal("FAILED", delivery["status"]!.GetValue<string>());
        Assert.Equal("The ntfy server answered 503 Service Unavailable.", delivery["lastError"]!.GetValue<string>()); // not its body
        var logged = Assert.Single(await AlertApi.DeliveriesAsync(api))!;
        Assert.Equal("FAILED", logged["status"]!.GetValue<string>());
    }

    private static Task<string> AddEmailChannelAsync(GraphQLClient api, SmtpReceiver smtp, string password) =>
        AlertApi.AddChannelAsync(api, new
        {
            name = "Mail",
            kind = "EMAIL",
            smtpHost = "127.0.0.1",
            smtpPort = smtp.Port,
            smtpSecurity = "NONE",
            smtpUsername = "alerts",
            emailFrom = "instaintel@example.test",
            emailTo = "me@example.test, you@example.test",
            secret = password,
        });

    [Theory]
    [InlineData("""{ "name": "x", "kind": "NTFY", "url": "ftp://host/topic" }""", "url", "is not an absolute http:// or https:// address")]
    [InlineData("""{ "name": " ", "kind": "NTFY", "url": "https://ntfy.sh/t" }""", "name", "Give the channel a name.")]
    [InlineData("""{ "name": "x", "kind": "TELEGRAM", "telegramChatId": "42" }""", "secret", "bot's token")]
    [InlineData("""{ "name": "x", "kind": "TELEGRAM", "secret": "1:a" }""", "telegramChatId", "chat id")]
    [InlineData("""{ "name": "x", "kind": "EMAIL", "smtpHost": "mail", "emailFrom": "nobody", "emailTo": "a@b.c" }""", "emailFrom", "is not an email address")]
    [InlineData("""{ "name": "x", "kind": "EMAIL", "smtpHost": "mail", "smtpPort": 70000, "emailFrom": "a@b.c", "emailTo": "a@b.c" }""", "smtpPort", "not between 1 and 65535")]
    [InlineData("""{ "name": "x", "kind": "EMAIL", "smtpHost": "mail", "emailFrom": "a@b.c", "emailTo": "" }""", "emailTo", "are not email addresses")]
    public async Task A_channel_that_cannot_work_is_refused_naming_the_field(string input, string field, string message)
    {
        using var app = AppFactory.With(AlertApi.QuickDelivery());
        var data = await app.GraphQL().DataAsync("""
            mutation($input: AddAlertChannelInput!) { addAlertChannel(input: $input) {
              channel { id } errors { __typename ... on InvalidAlertChannelError { message field } } } }
            """, new { input = JsonNode.Parse(input) });
        var error = Assert.Single(data["addAlertChannel"]!["errors"]!.AsArray())!;
        Assert.Equal(field, error["field"]!.GetValue<string>());
        Assert.Contains(message, error["message"]!.GetValue<string>());
        Assert.Empty((await app.GraphQL().DataAsync("{ alertChannels { id } }"))["alertChannels"]!.AsArray());
    }
}
