using InstaIntel.Api.Crawls;
using InstaIntel.Api.Followers;
using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Alerts;

/// <summary>
/// Turns an outbox event into the message the rules ask for, or null when they ask for none: who, which account,
/// the numbers, and a link to the exact dashboard view.
/// </summary>
public sealed class AlertComposer(InstaIntelDb db, AlertOptions options, DashboardUrl dashboard)
{
    public async Task<AlertMessage?> ComposeAsync(AlertEvent e, CancellationToken ct)
    {
        var global = await db.GlobalAlertRules.AsNoTracking().SingleOrDefaultAsync(ct) ?? new GlobalAlertRules();
        return e.Kind switch
        {
            AlertKind.CrawlEnded => await CrawlEndedAsync(e, ct),
            AlertKind.SessionProblem when global.SessionProblems =>
                new AlertMessage("Instagram session needs attention", $"{e.Detail} Crawls wait until it works again; reconnect it in Settings.", Url("/settings/"), e.Kind),
            AlertKind.BackupFailed when global.BackupFailed => new AlertMessage("Backup failed", e.Detail ?? "", Url("/settings/"), e.Kind),
            AlertKind.DiskLow when global.DiskLowMiB is not null => new AlertMessage("Disk space low", e.Detail ?? "", Url("/settings/"), e.Kind),
            _ => null,
        };
    }

    /// <summary>The rules an account follows: its own, else the defaults row, else the built-in defaults.</summary>
    public static async Task<AccountAlertRules> RulesForAsync(InstaIntelDb db, long accountId, CancellationToken ct) =>
        await db.AlertRules.AsNoTracking().Where(r => r.AccountId == accountId || r.AccountId == null)
            .OrderBy(r => r.AccountId == null).FirstOrDefaultAsync(ct) ?? AccountAlertRules.Defaults();

    private async Task<AlertMessage?> CrawlEndedAsync(AlertEvent e, CancellationToken ct)
    {
        var crawl = await db.Crawls.AsNoTracking().SingleOrDefaultAsync(s => s.Id == e.CrawlId, ct);
        if (crawl is null) return null; // its account was deleted since
        var account = await db.Accounts.AsNoTracking().Where(a => a.Id == crawl.AccountId).Select(a => a.Username).SingleAsync(ct);
        var rules = await RulesForAsync(db, crawl.AccountId, ct);

        if (crawl.Status is CrawlStatus.Failed or CrawlStatus.Incomplete)
            return rules.CrawlProblems
                ? new AlertMessage($"Crawl of @{account} {(crawl.Status == CrawlStatus.Failed ? "failed" : "ended incomplete")}",
                    crawl.Error ?? "No reason was given.", Url("/crawls/"), e.Kind, account)
                : null;
        if (crawl.Status != CrawlStatus.Succeeded || !crawl.Covers(FollowList.Followers)) return null;

        var lines = new List<string>();
        var titles = new List<string>();
        if (rules.Unfollows && crawl.FollowersLost > 0)
        {
            var lost = await (from c in db.FollowChanges.AsNoTracking()
                              join p in db.Profiles on c.ProfilePk equals p.Pk
                              where c.CrawlId == crawl.Id && c.List == FollowList.Followers && c.Kind == ChangeKind.Lost
                              orderby p.Username
                              select p.Username).Take(options.NamesPerMessage + 1).ToListAsync(ct);
            var count = crawl.FollowersLost.Value;
            titles.Add($"{count} unfollowed");
            lines.Add($"Unfollowed @{account}: {Names(lost.Take(options.NamesPerMessage).ToList(), count)}.");
        }
        if (rules.NewFollowersAtLeast is { } atLeast && crawl.FollowersNew >= atLeast && crawl.FollowersNew > 0)
        {
            titles.Add($"{crawl.FollowersNew} new followers");
            lines.Add($"New followers: {crawl.FollowersNew:N0}.");
        }
        if (rules.FollowerChangePercent is { } percent && await PreviousFollowersAsync(crawl, ct) is { } before && before > 0 && crawl.FollowersTotal is { } now)
        {
            var change = (now - before) * 100.0 / before;
            if (Math.Abs(change) >= percent)
            {
                titles.Add($"followers {(change > 0 ? "+" : "-")}{Math.Abs(change):0.#}%");
                lines.Add($"Followers: {before:N0} → {now:N0} ({(change > 0 ? "+" : "-")}{Math.Abs(change):0.#}% since the last crawl).");
            }
        }
        if (lines.Count == 0) return null;
        return new AlertMessage($"@{account}: {string.Join(", ", titles)}", string.Join("\n", lines),
            Url($"/accounts/view/?u={Uri.EscapeDataString(account)}&tab=history"), e.Kind, account);
    }

    /// <summary>"@a, @b and 3 more".</summary>
    internal static string Names(IReadOnlyList<string> shown, int total)
    {
        var names = string.Join(", ", shown.Select(n => "@" + n));
        return total > shown.Count ? $"{names} and {total - shown.Count:N0} more" : names;
    }

    private Task<int?> PreviousFollowersAsync(Crawl crawl, CancellationToken ct) =>
        db.Crawls.AsNoTracking()
            .Where(s => s.AccountId == crawl.AccountId && s.Id < crawl.Id && s.Status == CrawlStatus.Succeeded && s.FollowersTotal != null)
            .OrderByDescending(s => s.Id).Select(s => s.FollowersTotal).FirstOrDefaultAsync(ct);

    private string Url(string path) => dashboard.To(path);
}
