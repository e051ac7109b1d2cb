using System.Text.RegularExpressions;

namespace InstaIntel.Api.Archives;

/// <summary>
/// The dates of HTML archives, written in the account's language, read without culture data (the API runs with
/// invariant globalization): "Nov 26, 2025 12:15 am", "5 de jan. de 2024 15:41", "5 янв. 2024 г., 15:41",
/// "2024年1月5日 下午3:41", "5 Jan 2024 15.41", "5 gen 2024, 15:41" (docs/instagram-shapes.md, "Archive HTML dates").
/// The archive does not say which time zone they are in: they are taken as UTC.
/// </summary>
public static partial class ArchiveDates
{
    // The first three letters of each month's name or abbreviation in English, Portuguese, Italian, Indonesian and
    // Russian. No three letters stand for two different months in these languages, so the language need not be known.
    private static readonly Dictionary<string, int> MonthStems = new(StringComparer.Ordinal)
    {
        ["jan"] = 1, ["gen"] = 1, ["янв"] = 1,
        ["feb"] = 2, ["fev"] = 2, ["фев"] = 2,
        ["mar"] = 3, ["мар"] = 3,
        ["apr"] = 4, ["abr"] = 4, ["апр"] = 4,
        ["may"] = 5, ["mai"] = 5, ["mag"] = 5, ["mei"] = 5, ["мая"] = 5, ["май"] = 5,
        ["jun"] = 6, ["giu"] = 6, ["июн"] = 6,
        ["jul"] = 7, ["lug"] = 7, ["июл"] = 7,
        ["aug"] = 8, ["ago"] = 8, ["agu"] = 8, ["agt"] = 8, ["авг"] = 8,
        ["sep"] = 9, ["set"] = 9, ["сен"] = 9,
        ["oct"] = 10, ["out"] = 10, ["ott"] = 10, ["okt"] = 10, ["окт"] = 10,
        ["nov"] = 11, ["ноя"] = 11,
        ["dec"] = 12, ["dez"] = 12, ["dic"] = 12, ["des"] = 12, ["дек"] = 12,
    };

    // 15:41, 15.41 (Indonesian), 3:41 pm, 上午/下午3:41 (Chinese writes the half of the day first).
    [GeneratedRegex(@"(?:(?<half>上午|下午)\s*)?(?<hour>\d{1,2})[:.](?<minute>\d{2})(?:[:.]\d{2})?(?:\s*(?<ampm>[ap])\.?\s?m\.?(?!\p{L}))?")]
    private static partial Regex Time();

    [GeneratedRegex(@"(?<year>\d{4})\s*年\s*(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*日")]
    private static partial Regex YearMonthDay();

    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)")]
    private static partial Regex Year();

    [GeneratedRegex(@"(?<!\d)\d{1,2}(?!\d)")]
    private static partial Regex Day();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    /// <summary>The date and time the text names, or null when it is not one of the shapes above.</summary>
    public static DateTime? Parse(string text)
    {
        var lower = text.ToLowerInvariant();
        var time = Time().Match(lower);
        if (!time.Success) return null;
        var hour = int.Parse(time.Groups["hour"].ValueSpan);
        var minute = int.Parse(time.Groups["minute"].ValueSpan);
        var afternoon = time.Groups["half"].Value == "下午" || time.Groups["ampm"].Value == "p";
        if (time.Groups["half"].Success || time.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12) return null;
            hour = hour % 12 + (afternoon ? 12 : 0);
        }
        var date = lower.Remove(time.Index, time.Length);

        int year, month, day;
        if (YearMonthDay().Match(date) is { Success: true } ymd)
            (year, month, day) = (int.Parse(ymd.Groups["year"].ValueSpan), int.Parse(ymd.Groups["month"].ValueSpan), int.Parse(ymd.Groups["day"].ValueSpan));
        else
        {
            var yearMatch = Year().Match(date);
            month = Word().Matches(date).Select(w => w.Length >= 3 && MonthStems.TryGetValue(w.Value[..3], out var m) ? m : 0).FirstOrDefault(m => m > 0);
            if (!yearMatch.Success || month == 0) return null;
            year = int.Parse(yearMatch.ValueSpan);
            var dayMatch = Day().Match(date.Remove(yearMatch.Index, yearMatch.Length));
            if (!dayMatch.Success) return null;
            day = int.Parse(dayMatch.ValueSpan);
        }

        if (year is < 2010 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59)
            return null;
        return new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc);
    }
}
