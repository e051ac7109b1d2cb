using System.Globalization;
using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Counts;

/// <summary>A line of an imported counts CSV that cannot be read, with what is wrong.</summary>
public sealed class CountsCsvException(int line, string message) : Exception($"Line {line}: {message}")
{
    public int Line { get; } = line;
}

/// <summary>
/// Seeds an account's curve from elsewhere: a CSV of `date,followers[,following,posts]` (a header line is optional;
/// dates `yyyy-MM-dd` or ISO 8601 with an offset). Each row becomes an imported reading at that date's midnight UTC (or
/// its moment); importing the same date again replaces the imported reading. Nothing is kept if any line is wrong.
/// </summary>
public static class CountsImport
{
    public const int MaxLines = 20_000;

    public static IReadOnlyList<CountPoint> Parse(long accountId, string csv)
    {
        var points = new List<CountPoint>();
        var lines = csv.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length > MaxLines + 1) throw new CountsCsvException(MaxLines + 1, $"at most {MaxLines:N0} lines can be imported at once.");
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim().TrimStart('\uFEFF');
            if (line.Length == 0) continue;
            var cells = line.Split(line.Contains(';') && !line.Contains(',') ? ';' : ',').Select(c => c.Trim().Trim('"')).ToArray();
            if (points.Count == 0 && i == FirstLine(lines) && cells[0].Equals("date", StringComparison.OrdinalIgnoreCase)) continue;
            if (cells.Length is < 2 or > 4) throw new CountsCsvException(i + 1, $"expected date,followers[,following,posts] but found {cells.Length} columns.");
            points.Add(new CountPoint
            {
                AccountId = accountId,
                At = DateOf(cells[0], i + 1),
                Followers = Count(cells[1], "followers", i + 1, required: true),
                Following = cells.Length > 2 ? Count(cells[2], "following", i + 1) : null,
                Posts = cells.Length > 3 ? Count(cells[3], "posts", i + 1) : null,
                Source = CountSource.Import,
            });
        }
        if (points.Count == 0) throw new CountsCsvException(1, "the file has no rows; expected date,followers[,following,posts].");
        return points;
    }

    public static async Task<int> SaveAsync(InstaIntelDb db, long accountId, IReadOnlyList<CountPoint> points, CancellationToken ct)
    {
        var dates = points.Select(p => p.At).Distinct().ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.CountPoints.Where(p => p.AccountId == accountId && p.Source == CountSource.Import && dates.Contains(p.At)).ExecuteDeleteAsync(ct);
        db.CountPoints.AddRange(points.GroupBy(p => p.At).Select(g => g.Last()));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return dates.Count;
    }

    private static int FirstLine(string[] lines) => Array.FindIndex(lines, l => l.Trim().TrimStart('\uFEFF').Length > 0);

    private static DateTime DateOf(string text, int line)
    {
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var day))
            return day;
        if (text.Length > 10 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment) && HasOffset(text))
            return moment.UtcDateTime;
        throw new CountsCsvException(line, $"`{text}` is not a date: use yyyy-MM-dd (e.g. 2026-01-31) or an ISO 8601 time with an offset.");
    }

    private static bool HasOffset(string text) => text.EndsWith('Z') || text.EndsWith('z') || text.LastIndexOfAny(['+', '-']) > 10;

    private static int? Count(string text, string name, int line, bool required = false)
    {
        if (text.Length == 0 && !required) return null;
        var plain = text.Replace("_", "").Replace(" ", "");
        if (int.TryParse(plain, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        throw new CountsCsvException(line, $"{name} `{text}` is not a whole number of 0 or more.");
    }
}
