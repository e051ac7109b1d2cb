using System.Net;
using InstaIntel.Tests.Support;
using static InstaIntel.Tests.Security.RemoteClient;
using static InstaIntel.Tests.Support.GraphQLSocket;

namespace InstaIntel.Tests.Security;

public sealed class UnlockRevocationTests
{
    private const string Subscribe = """{"id":"1","type":"subscribe","payload":{"query":"{ __typename }"}}""";

    [Fact]
    public async Task Locking_revokes_the_unlock_on_every_device()
    {
        using var remote = await StartAsync();
        var phone = await remote.UnlockedCookieAsync();
        var laptop = await remote.UnlockedCookieAsync();

        using (var locked = await remote.LockAsync(phone))
        {
            Assert.Equal(HttpStatusCode.NoContent, locked.StatusCode);
            Assert.Contains($"{Api.Security.UnlockCookie.Name}=;", locked.Headers.GetValues("Set-Cookie").Single());
        }
        foreach (var cookie in new[] { phone, laptop })
        {
            using var response = await remote.QueryAsync("{ __typename }", cookie);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        using var unlockedAgain = await remote.QueryAsync("{ __typename }", await remote.UnlockedCookieAsync());
        Assert.Equal(HttpStatusCode.OK, unlockedAgain.StatusCode);
    }

    [Fact]
    public async Task Only_a_client_with_access_can_revoke()
    {
        using var remote = await StartAsync();
        var cookie = await remote.UnlockedCookieAsync();
        using (await remote.LockAsync()) { }
        using var response = await remote.QueryAsync("{ __typename }", cookie);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_open_socket_closes_with_4401_once_the_unlock_is_revoked()
    {
        using var remote = await StartAsync();
        var cookie = await remote.UnlockedCookieAsync();
        using var socket = await remote.ConnectAsync(cookie);
        await SendAsync(socket, """{"type":"connection_init"}""");
        Assert.Equal("connection_ack", (await NextAsync(socket))!["type"]!.GetValue<string>());
        await SendAsync(socket, Subscribe);
        Assert.Equal("next", (await NextAsync(socket))!["type"]!.GetValue<string>());

        using (await remote.LockAsync(cookie)) { }

        await SendAsync(socket, Subscribe.Replace("\"1\"", "\"2\""));
        Assert.Equal(4401, await ClosedWithAsync(socket));
    }

    [Fact]
    public async Task An_open_socket_closes_with_4401_once_the_cookie_expires()
    {
        var clock = new ShiftedClock(DateTimeOffset.UtcNow);
        using var remote = await StartAsync(new() { ["Security:UnlockLifetime"] = "01:00:00" }, clock: clock);
        var cookie = await remote.UnlockedCookieAsync();
        using var socket = await remote.ConnectAsync(cookie);
        await SendAsync(socket, """{"type":"connection_init"}""");
        Assert.Equal("connection_ack", (await NextAsync(socket))!["type"]!.GetValue<string>());

        clock.Set(DateTimeOffset.UtcNow.AddHours(2));

        await SendAsync(socket, Subscribe);
        Assert.Equal(4401, await ClosedWithAsync(socket));
    }

    [Fact]
    public async Task A_revocation_outlives_a_restart()
    {
        string cookie, dataFolder;
        using (var before = await StartAsync())
        {
            before.App.KeepDataFolder = true;
            dataFolder = before.App.DataFolder;
            cookie = await before.UnlockedCookieAsync();
            using (await before.LockAsync(cookie)) { }
        }
        using var after = await StartAsync(withPassphrase: false, dataFolder: dataFolder);
        using var response = await after.QueryAsync("{ __typename }", cookie);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
