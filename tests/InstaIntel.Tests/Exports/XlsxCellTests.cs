using System.IO.Compression;
using System.Xml;
using InstaIntel.Api.Exports;
using InstaIntel.Tests.Support;
using MiniExcelLibs;
using static InstaIntel.Tests.Support.People;

namespace InstaIntel.Tests.Exports;

[Trait("Database", "RunDefault")]
public sealed class XlsxCellTests
{
    [Fact]
    public async Task Names_with_characters_xml_forbids_or_past_excels_cell_limit_still_make_a_workbook_that_opens()
    {
        using var app = new AppFactory();
        var account = await app.AddAccountAsync("hostile_names");
        var longName = string.Concat(Enumerable.Repeat("long name ", 4_000));
        await app.CrawlAsync(account.Id, [Person(1) with { FullName = "bell\u0007 nul\0 escape\u001b end\uFFFF\uFFFE emoji 😀 tab\tend" }, Person(2) with { FullName = longName }]);
        var url = (await app.GraphQL().DataAsync("""{ account(username: "hostile_names") { exportUrl(view: FOLLOWERS, format: XLSX, order: [{ pk: ASC }]) } }"""))
            ["account"]!["exportUrl"]!.GetValue<string>();

        using var file = new MemoryStream(await app.CreateClient().GetByteArrayAsync(url));
        using (var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true))
            foreach (var part in zip.Entries.Where(e => e.FullName.EndsWith(".xml") || e.FullName.EndsWith(".rels")))
            {
                using var xml = XmlReader.Create(part.Open()); // checks characters as XML 1.0 and Excel do
                while (xml.Read()) { }
            }
        var names = MiniExcel.Query(file, useHeaderRow: true).Cast<IDictionary<string, object?>>().Select(r => (string)r["full name"]!).ToArray();
        Assert.Equal("bell nul escape end emoji 😀 tab\tend", names[0]);
        Assert.Equal(XlsxText.MaxCellLength, names[1].Length);
        Assert.Equal(longName[..(XlsxText.MaxCellLength - XlsxText.CutMarker.Length)] + XlsxText.CutMarker, names[1]);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("pair 👩‍👩‍👧 kept", "pair 👩‍👩‍👧 kept")]
    [InlineData("\r\n\t kept, \u0001\u001f\u007f\u0085", "\r\n\t kept, \u007f\u0085")]
    public void Cleaning_keeps_every_character_xml_allows(string text, string expected) => Assert.Equal(expected, XlsxText.Clean(text));

    [Fact]
    public void Unpaired_surrogates_are_left_out() => // not in InlineData: attribute strings are stored as UTF-8, which cannot hold them
        Assert.Equal("lone  high, lone  low, pair 😀", XlsxText.Clean("lone \uD800 high, lone \uDC00 low, pair \uD83D\uDE00"));

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var keep = XlsxText.MaxCellLength - XlsxText.CutMarker.Length;
        var cut = XlsxText.Clean(new string('a', keep - 1) + "😀" + new string('b', 100))!;
        Assert.Equal(new string('a', keep - 1) + XlsxText.CutMarker, cut);
    }
}
