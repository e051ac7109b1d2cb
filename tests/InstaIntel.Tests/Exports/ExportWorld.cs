using InstaIntel.Api.Followers;
using InstaIntel.Api.Ingest;
using InstaIntel.Api.LostReasons;
using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using InstaIntel.Tests.Support;
using static InstaIntel.Tests.Support.People;

namespace InstaIntel.Tests.Exports;

/// <summary>An account crawled twice (so some followers are new and some lost) with names that break naive CSV and XLSX.</summary>
public sealed class ExportWorld : IAsyncLifetime
{
    public static readonly string[] TrickyNames =
    [
        "=HYPERLINK(\"https://evil.example\",\"click\")", "Smith, John", "Say \"hi\"", "two\r\nlines", "Zoë Ångström 😀 👩‍👩‍👧",
        "مرحبا بالعالم", "-5+3", "+44 20", "@handle", "\ttabbed", "",
    ];

    public AppFactory App { get; } = AppFactory.With(new() { ["Exports:MaxRowsPerSheet"] = "4" });

    public static IEnumerable<ProfileData> Followers(int from, int to) =>
        Range(from, to).Select(p => p.Pk <= TrickyNames.Length ? p with { FullName = TrickyNames[p.Pk - 1] } : p);

    public async Task InitializeAsync()
    {
        var account = await App.AddAccountAsync("exported");
        await App.CrawlAsync(account.Id, Followers(1, 40), Range(30, 60));
        await App.CrawlAsync(account.Id, Followers(1, 36).Where(p => p.Pk != 20).Concat(Range(41, 45)), Range(30, 60));
        // Two of the lost checked, as the look-ups after a crawl would have it; the others stay unchecked.
        using var scope = App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<InstaIntelDb>().FollowChanges.Where(c => c.Kind == ChangeKind.Lost && (c.ProfilePk == 20 || c.ProfilePk == 37))
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.LostReason, LostReason.Blocked).SetProperty(c => c.LostReasonCheckedAt, new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc)));
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}
