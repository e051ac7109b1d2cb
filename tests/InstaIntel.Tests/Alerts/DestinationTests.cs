using System.Diagnostics;
using System.Text.Json.Nodes;
using InstaIntel.Api.Alerts;
using InstaIntel.Api.GraphQL.Relay;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Alerts;

/// <summary>
/// Where alerts may go: by default never inside this machine or its network, checked on the address connected to;
/// no redirect followed; no answer's body kept; a Telegram token only in its documented shape; an SMTP port that is
/// not SMTP fails fast and is logged.
/// </summary>
public sealed class DestinationTests
{
    /// <summary>The quick-delivery settings without the loopback allowance the other alert tests use: the default.</summary>
    private static Dictionary<string, string> Defaults()
    {
        var settings = AlertApi.QuickDelivery();
        settings.Remove("Alerts:AllowPrivateHosts");
        return settings;
    }

    public static TheoryData<string> InsideAddresses =>
    [
        "http://127.0.0.1:{port}/lock",
        "http://127.1.2.3:{port}/lock",
        "http://[::1]:{port}/lock",
        "http://0.0.0.0:{port}/lock",
        "http://2130706433:{port}/lock",
        "http://169.254.169.254/latest/meta-data/",
        "http://localhost:{port}/lock",
    ];

    [Theory]
    [MemberData(nameof(InsideAddresses))]
    public async Task A_channel_url_inside_this_machine_or_network_is_refused_when_saved(string form)
    {
        await using var listener = await HttpReceiver.StartAsync();
        using var app = AppFactory.With(Defaults());

        var error = await AddRefusedAsync(app, new { name = "inside", kind = "WEBHOOK", url = WithPort(form, listener) });

        Assert.Equal("url", error["field"]!.GetValue<string>());
        Assert.Contains("inside this machine or its network", error["message"]!.GetValue<string>());
        Assert.Empty(listener.Requests);
    }

    [Theory]
    [MemberData(nameof(InsideAddresses))]
    public async Task The_alert_http_client_refuses_each_inside_address_when_connecting(string form)
    {
        await using var listener = await HttpReceiver.StartAsync();
        using var app = AppFactory.With(Defaults());
        using var client = app.Services.GetRequiredService<IHttpClientFactory>().CreateClient(ChannelSenders.HttpClientName);

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync(WithPort(form, listener), new StringContent("{}")));

        Assert.IsType<DestinationRefusedException>(failure.InnerException);
        Assert.Empty(listener.Requests);
    }

    [Fact]
    public async Task A_url_that_reached_the_vault_before_the_check_is_refused_at_send_and_the_test_is_logged_as_failed()
    {
        await using var listener = await HttpReceiver.StartAsync();
        using var app = AppFactory.With(Defaults());
        var api = app.GraphQL();
        var id = await AlertApi.AddChannelAsync(api, new { name = "Hook", kind = "WEBHOOK", url = "https://hooks.example.test/alerts", secret = "sign" });
        await app.Services.GetRequiredService<ChannelSecrets>().SetAsync(ChannelKey(id), listener.Url + "/lock", null, CancellationToken.None);

        var delivery = await AlertApi.SendTestAsync(api, id);

        Assert.Equal("FAILED", delivery["status"]!.GetValue<string>());
        Assert.Equal("The webhook server was not contacted: 127.0.0.1 is inside this machine or its network; " +
                     "alerts go there only to host names listed under `Alerts:AllowPrivateHosts`.", delivery["lastError"]!.GetValue<string>());
        Assert.Empty(listener.Requests);
    }

    [Fact]
    public async Task A_host_name_listed_in_AllowPrivateHosts_reaches_a_server_on_this_machine()
    {
        await using var ntfy = await HttpReceiver.StartAsync();
        var settings = Defaults();
        settings["Alerts:AllowPrivateHosts"] = "ntfy.lan, LOCALHOST";
        using var app = AppFactory.With(settings);
        var api = app.GraphQL();
        var id = await AlertApi.AddChannelAsync(api, new { name = "LAN ntfy", kind = "NTFY", url = ntfy.Url.Replace("127.0.0.1", "localhost") + "/home" });

        var delivery = await AlertApi.SendTestAsync(api, id);

        Assert.Equal("SENT", delivery["status"]!.GetValue<string>());
        Assert.Equal("/home", Assert.Single(ntfy.Requests).PathAndQuery);
    }

    [Fact]
    public async Task A_url_with_a_user_name_and_password_is_refused_without_repeating_them()
    {
        using var app = AppFactory.With(Defaults());

        var error = await AddRefusedAsync(app, new { name = "ntfy", kind = "NTFY", url = "https://alice:hunter2@ntfy.example.test/topic" });

        Assert.Equal("url", error["field"]!.GetValue<string>());
        Assert.Contains("user name or password", error["message"]!.GetValue<string>());
        Assert.DoesNotContain("hunter2", error["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(302)]
    [InlineData(307)]
    public async Task A_redirect_is_a_failed_delivery_naming_where_it_pointed_and_nothing_reaches_the_new_host(int status)
    {
        await using var hook = await HttpReceiver.StartAsync();
        await using var elsewhere = await HttpReceiver.StartAsync();
        hook.RedirectStatus = status;
        hook.RedirectTo = elsewhere.Url.Replace("127.0.0.1", "localhost") + "/admin";
        using var app = AppFactory.With(AlertApi.QuickDelivery());
        var api = app.GraphQL();
        var id = await AlertApi.AddChannelAsync(api, new { name = "Hook", kind = "WEBHOOK", url = hook.Url + "/hook", secret = "signing-secret" });

        var delivery = await AlertApi.SendTestAsync(api, id);

        Assert.Equal("FAILED", delivery["status"]!.GetValue<string>());
        Assert.StartsWith("The webhook server redirected to localhost; alerts do not follow redirects.", delivery["lastError"]!.GetValue<string>());
        Assert.Single(hook.Requests);
        Assert.Empty(elsewhere.Requests);
    }

    [Fact]
    public async Task A_telegram_token_not_shaped_as_botfather_gives_it_is_refused_when_saved_and_never_sent()
    {
        await using var telegram = await HttpReceiver.StartAsync();
        using var app = AppFactory.With(AlertApi.QuickDelivery(telegram));
        const string crafted = "123:x/../../admin?evil=1#";

        var error = await AddRefusedAsync(app, new { name = "Telegram", kind = "TELEGRAM", telegramChatId = "42", secret = crafted });
        Assert.Equal("secret", error["field"]!.GetValue<string>());

        var api = app.GraphQL();
        var id = await AlertApi.AddChannelAsync(api, new { name = "Telegram", kind = "TELEGRAM", telegramChatId = "42", secret = "123456:AA-bb_CC" });
        await app.Services.GetRequiredService<ChannelSecrets>().SetAsync(ChannelKey(id), null, crafted, CancellationToken.None);
        var delivery = await AlertApi.SendTestAsync(api, id);

        Assert.Equal("FAILED", delivery["status"]!.GetValue<string>());
        Assert.Contains("bot token is not shaped", delivery["lastError"]!.GetValue<string>());
        Assert.Empty(telegram.Requests);
    }

    [Fact]
    public async Task An_smtp_test_to_a_port_that_speaks_http_fails_within_the_connect_timeout_and_is_logged()
    {
        await using var web = await HttpReceiver.StartAsync();
        var settings = AlertApi.QuickDelivery();
        settings["Alerts:SmtpConnectTimeout"] = "00:00:01";
        using var app = AppFactory.With(settings);
        var api = app.GraphQL();
        var port = new Uri(web.Url).Port;
        var id = await AlertApi.AddChannelAsync(api, new
        {
            name = "Mail", kind = "EMAIL", smtpHost = "127.0.0.1", smtpPort = port, smtpSecurity = "NONE",
            emailFrom = "instaintel@example.test", emailTo = "me@example.test",
        });

        var clock = Stopwatch.StartNew();
        var delivery = await AlertApi.SendTestAsync(api, id);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the test send took {clock.Elapsed}");
        Assert.Equal("FAILED", delivery["status"]!.GetValue<string>());
        Assert.Equal($"SMTP 127.0.0.1:{port} did not greet as a mail server within 1 s. Check that the host and port are the SMTP server's " +
                     "(587 for STARTTLS, 465 for TLS), then send a test.", delivery["lastError"]!.GetValue<string>());
        Assert.Equal("FAILED", Assert.Single(await AlertApi.DeliveriesAsync(api))!["status"]!.GetValue<string>());
    }

    private static string WithPort(string form, HttpReceiver listener) => form.Replace("{port}", new Uri(listener.Url).Port.ToString());

    private static long ChannelKey(string id) => GlobalId.KeyOf(id, AlertChannelType.TypeName)!.Value;

    private static async Task<JsonNode> AddRefusedAsync(AppFactory app, object input)
    {
        var data = await app.GraphQL().DataAsync("""
            mutation($input: AddAlertChannelInput!) { addAlertChannel(input: $input) {
              channel { id } errors { __typename ... on InvalidAlertChannelError { message field } } } }
            """, new { input });
        Assert.Null(data["addAlertChannel"]!["channel"]);
        return Assert.Single(data["addAlertChannel"]!["errors"]!.AsArray())!;
    }
}
