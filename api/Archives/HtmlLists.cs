using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace InstaIntel.Api.Archives;

/// <summary>
/// Reads one HTML list file. Class names in these pages are generated and change, so entries are found by structure:
/// each link to an instagram.com profile is one person; the username is the entry's heading (newer following pages),
/// else the link text, else the link; the date is the entry's text that reads as one (<see cref="ArchiveDates"/>).
/// The page is walked a fixed number of times whatever its length: reading grows with the list, not faster.
/// </summary>
public static partial class HtmlLists
{
    private const string ProfileLink = "a[href*='instagram.com']";

    [GeneratedRegex(@"\d{4}.*\d{1,2}[:.]\d{2}")]
    private static partial Regex LooksLikeDate();

    public static async Task<List<ArchivedPerson>> ReadAsync(Stream html, string fileName, CancellationToken ct)
    {
        var document = await new HtmlParser().ParseDocumentAsync(new ShortRunsStream(html, fileName), ct);
        var links = document.QuerySelectorAll(ProfileLink);
        var linksWithin = LinksWithin(document, links, ct);
        var people = new List<ArchivedPerson>(links.Length);
        foreach (var link in links)
        {
            ct.ThrowIfCancellationRequested();
            var (heading, date) = HeadingAndDateIn(EntryOf(link, linksWithin));
            var username = ProfileLinks.Username(heading) ?? ProfileLinks.Username(link.TextContent) ?? ProfileLinks.FromHref(link.GetAttribute("href"));
            if (username is null) continue;
            people.Add(new ArchivedPerson(username, date is null ? null : ArchiveDates.Parse(date)));
        }
        return people;
    }

    /// <summary>How many profile links each element holds, counted in one pass from the leaves up.</summary>
    private static Dictionary<IElement, int> LinksWithin(IDocument document, IHtmlCollection<IElement> links, CancellationToken ct)
    {
        var counts = new Dictionary<IElement, int>(ReferenceEqualityComparer.Instance);
        foreach (var link in links) counts[link] = 1;
        var all = document.Descendants<IElement>().ToArray();
        for (var i = all.Length - 1; i >= 0; i--) // document order reversed: every element comes before its parent
        {
            if ((i & 0xFFF) == 0) ct.ThrowIfCancellationRequested();
            if (!counts.TryGetValue(all[i], out var count) || all[i].ParentElement is not { } parent) continue;
            counts[parent] = counts.GetValueOrDefault(parent) + count;
        }
        return counts;
    }

    /// <summary>The largest element around a link that holds no other profile link.</summary>
    private static IElement EntryOf(IElement link, Dictionary<IElement, int> linksWithin)
    {
        var entry = link;
        while (entry.ParentElement is { } parent && parent.LocalName != "body" && linksWithin[parent] == 1)
            entry = parent;
        return entry;
    }

    /// <summary>The entry's first heading, and its first text without markup that reads as a date.</summary>
    private static (string? Heading, string? Date) HeadingAndDateIn(IElement entry)
    {
        string? heading = null, date = null;
        foreach (var element in entry.Descendants<IElement>())
        {
            if (heading is null && element.LocalName == "h2") heading = element.TextContent;
            else if (date is null && element.LocalName == "div" && element.ChildElementCount == 0
                && element.TextContent.Trim() is var text && LooksLikeDate().IsMatch(text)) date = text;
        }
        return (heading, date);
    }
}
