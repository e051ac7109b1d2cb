using InstaIntel.Api.Instagram;
using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InstaIntel.Tests.Pacing;

/// <summary>The ledger shared through the database: two app hosts stand for an API process and a crawl worker.</summary>
public sealed class RequestLedgerTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private const string Session = "AB12CD34EF56AB78";

    private static readonly Dictionary<string, string> Tight = new()
    {
        ["Instagram:Pacing:RequestsPerMinute"] = "6",
        ["Instagram:Pacing:RequestsPerHour"] = "30",
        ["Instagram:Pacing:DailyCap"] = "40",
        ["Instagram:Pacing:Jitter"] = "00:00:00",
        ["Instagram:Pacing:MobileApi:Requests"] = "10",
        ["Instagram:Pacing:LongestWait"] = "3.00:00:00",
    };

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Two_processes_reserving_for_one_session_at_once_never_overfill_a_window(DatabaseProvider provider)
    {
        var settings = await Databases.SettingsAsync(provider, postgres, Tight);
        var folder = Path.Combine(Path.GetTempPath(), "instaintel-tests", Guid.NewGuid().ToString("N"));
        using var first = AppFactory.With(settings, folder);
        using var second = AppFactory.With(settings, folder);
        second.KeepDataFolder = true;

        // Two loops in each process, 50 requests in all: past the daily cap of 40, so the last ten land a day on.
        var loops = new[] { first, second, first, second }.Select((app, loop) => Task.Run(async () =>
        {
            var ledger = app.Services.GetRequiredService<IRequestLedger>();
            for (var i = 0; i < 12 + loop % 2; i++)
                await ledger.ReserveAsync(Session, i % 2 == 0 ? FollowSource.MobileApi : FollowSource.WebApi, CancellationToken.None);
        }));
        await Task.WhenAll(loops);

        var slots = await first.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().RequestLedger
            .Where(e => e.SessionKey == Session).Select(e => new LedgerSlot(e.Surface, e.At)).ToListAsync());
        Assert.Equal(50, slots.Count);
        var pacing = first.Services.GetRequiredService<IOptions<InstagramOptions>>().Value.Pacing;
        Assert.Null(Windows.Overfilled(slots, pacing, FollowSource.MobileApi));
        Assert.Null(Windows.Overfilled(slots, pacing, FollowSource.WebApi));
        Assert.True(slots.Max(s => s.At) - slots.Min(s => s.At) >= TimeSpan.FromDays(1), "The daily cap held nothing back");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_request_past_the_daily_cap_is_rate_limited_until_the_oldest_is_a_day_old(DatabaseProvider provider)
    {
        using var app = await Databases.AppAsync(provider, postgres, new() { ["Instagram:Pacing:DailyCap"] = "3", ["Instagram:Pacing:Jitter"] = "00:00:00" });
        var ledger = app.Services.GetRequiredService<IRequestLedger>();
        var firstAt = await ledger.ReserveAsync(Session, FollowSource.WebApi, CancellationToken.None);
        for (var i = 0; i < 2; i++) await ledger.ReserveAsync(Session, FollowSource.WebApi, CancellationToken.None);

        var limited = await Assert.ThrowsAsync<RateLimitedException>(() => ledger.ReserveAsync(Session, FollowSource.WebApi, CancellationToken.None));
        Assert.InRange(DateTime.UtcNow + limited.RetryAfter!.Value, firstAt + TimeSpan.FromDays(1) - TimeSpan.FromSeconds(5), firstAt + TimeSpan.FromDays(1) + TimeSpan.FromSeconds(5));
        Assert.Equal(3, await app.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().RequestLedger.CountAsync())); // the refused one took no slot
    }
}
