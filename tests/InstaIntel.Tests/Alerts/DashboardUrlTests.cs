using InstaIntel.Tests.Support;
using Microsoft.Data.Sqlite;

namespace InstaIntel.Tests.Alerts;

/// <summary>With no `Alerts:BaseUrl`, links in alerts lead to where the dashboard is actually reached.</summary>
[Trait("Database", "RunDefault")]
public sealed class DashboardUrlTests
{
    private static Dictionary<string, string> WithoutBaseUrl()
    {
        var settings = AlertApi.QuickDelivery();
        settings.Remove("Alerts:BaseUrl");
        return settings;
    }

    [Fact]
    public async Task An_app_on_a_random_port_links_to_that_port()
    {
        await using var ntfy = await HttpReceiver.StartAsync();
        var data = Path.Combine(Path.GetTempPath(), "instaintel-tests", Guid.NewGuid().ToString("N"));
        using (var app = await ApiProcess.StartAsync(data, WithoutBaseUrl()))
        {
            var api = app.GraphQL();
            var id = await AlertApi.AddChannelAsync(api, new { name = "Phone", kind = "NTFY", url = ntfy.Url + "/alerts" });

            var delivery = await AlertApi.SendTestAsync(api, id);

            var port = new Uri(app.Url).Port;
            Assert.NotEqual(8000, port);
            Assert.Equal($"http://127.0.0.1:{port}/settings/", delivery["link"]!.GetValue<string>());
            Assert.Equal($"http://127.0.0.1:{port}/settings/", Assert.Single(await ntfy.WaitForAsync(1)).Headers["Click"]);
            app.Kill();
        }
        SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task A_tailnet_name_in_security_host_names_is_the_link_over_https()
    {
        await using var ntfy = await HttpReceiver.StartAsync();
        var settings = WithoutBaseUrl();
        settings["Security:HostNames"] = "box, box.tail1234.ts.net";
        using var app = AppFactory.With(settings);
        var api = app.GraphQL();
        var id = await AlertApi.AddChannelAsync(api, new { name = "Phone", kind = "NTFY", url = ntfy.Url + "/alerts" });

        var delivery = await AlertApi.SendTestAsync(api, id);

        Assert.Equal("https://box.tail1234.ts.net/settings/", delivery["link"]!.GetValue<string>());
    }
}
