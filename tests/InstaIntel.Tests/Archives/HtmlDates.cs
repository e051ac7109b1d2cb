namespace InstaIntel.Tests.Archives;

/// <summary>
/// Dates written the way HTML archives write them in each export language (docs/instagram-shapes.md, "Archive HTML
/// dates"), by hand: the tests run with invariant globalization, as the API does, so no culture data is at hand.
/// </summary>
public static class HtmlDates
{
    private static readonly string[] EnglishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    private static readonly string[] PortugueseMonths = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."];
    private static readonly string[] RussianMonths = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."];
    private static readonly string[] IndonesianMonths = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];
    private static readonly string[] ItalianMonths = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"];

    /// <summary>"Jan 05, 2024, 3:41 PM".</summary>
    public static string English(DateTime d) => $"{EnglishMonths[d.Month - 1]} {d.Day:00}, {d.Year}, {Hour12(d)}:{d.Minute:00} {(d.Hour < 12 ? "AM" : "PM")}";

    /// <summary>"5 de jan. de 2024 15:41".</summary>
    public static string Portuguese(DateTime d) => $"{d.Day} de {PortugueseMonths[d.Month - 1]} de {d.Year} {d.Hour:00}:{d.Minute:00}";

    /// <summary>"5 янв. 2024 г., 15:41".</summary>
    public static string Russian(DateTime d) => $"{d.Day} {RussianMonths[d.Month - 1]} {d.Year} г., {d.Hour:00}:{d.Minute:00}";

    /// <summary>"2024年1月5日 下午3:41".</summary>
    public static string Chinese(DateTime d) => $"{d.Year}年{d.Month}月{d.Day}日 {(d.Hour < 12 ? "上午" : "下午")}{Hour12(d)}:{d.Minute:00}";

    /// <summary>"5 Jan 2024 15.41".</summary>
    public static string Indonesian(DateTime d) => $"{d.Day} {IndonesianMonths[d.Month - 1]} {d.Year} {d.Hour:00}.{d.Minute:00}";

    /// <summary>"5 gen 2024, 15:41".</summary>
    public static string Italian(DateTime d) => $"{d.Day} {ItalianMonths[d.Month - 1]} {d.Year}, {d.Hour:00}:{d.Minute:00}";

    public static readonly IReadOnlyDictionary<string, Func<DateTime, string>> ByLanguage = new Dictionary<string, Func<DateTime, string>>
    {
        ["en"] = English, ["pt"] = Portuguese, ["ru"] = Russian, ["zh"] = Chinese, ["id"] = Indonesian, ["it"] = Italian,
    };

    private static int Hour12(DateTime d) => d.Hour % 12 == 0 ? 12 : d.Hour % 12;
}
