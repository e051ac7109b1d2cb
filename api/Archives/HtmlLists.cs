using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace InstaIntel.Api.Archives;

/// <summary>
/// Reads one HTML list file. Class names in these pages are generated and change, so entries are found by structure:
/// each link to an instagram.com profile is one person; the username is the entry's heading (newer following pages),
/// else the link text, else the link; the date is the entry's text that reads as one ("Nov 26, 2025 12:15 am").
/// Pages are written in the account's language: dates are understood in English only.
/// </summary>
public static partial class HtmlLists
{
    private static readonly string[] DateFormats = ["MMM d, yyyy h:mm tt", "MMM d, yyyy, h:mm tt", "MMM dd, yyyy h:mm tt", "MMM dd, yyyy, h:mm tt"];

    [GeneratedRegex(@"\d{4}.*\d{1,2}[:.]\d{2}")]
    private static partial Regex LooksLikeDate();

    public static async Task<List<ArchivedPerson>> ReadAsync(Stream html, string fileName, CancellationToken ct)
    {
        var document = await new HtmlParser().ParseDocumentAsync(html, ct);
        var people = new List<ArchivedPerson>();
        foreach (var link in document.QuerySelectorAll("a[href*='instagram.com']"))
        {
            var entry = EntryOf(link);
            var username = ProfileLinks.Username(entry.QuerySelector("h2")?.TextContent)
                ?? ProfileLinks.Username(link.TextContent) ?? ProfileLinks.FromHref(link.GetAttribute("href"));
            if (username is null) continue;
            people.Add(new ArchivedPerson(username, DateIn(entry, fileName)));
        }
        return people;
    }

    /// <summary>The largest element around a link that holds no other profile link.</summary>
    private static IElement EntryOf(IElement link)
    {
        var entry = link;
        while (entry.ParentElement is { } parent && parent.LocalName != "body"
            && parent.QuerySelectorAll("a[href*='instagram.com']").Length == 1)
            entry = parent;
        return entry;
    }

    private static DateTime? DateIn(IElement entry, string fileName)
    {
        foreach (var text in entry.QuerySelectorAll("div").Where(d => d.Children.Length == 0).Select(d => d.TextContent.Trim()))
        {
            if (!LooksLikeDate().IsMatch(text)) continue;
            if (DateTime.TryParseExact(text, DateFormats, CultureInfo.GetCultureInfo("en-US"),
                    DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
                return date;
            throw new ArchiveException(ArchiveProblem.UnknownLanguage,
                $"{fileName} writes dates as \"{text}\", which is not English. Download the archive again in JSON format (or with English as Instagram's language).");
        }
        return null;
    }
}
