using System.Text;
using System.Xml;

namespace InstaIntel.Api.Exports;

/// <summary>
/// Text as an XLSX cell can hold it: without the characters XML 1.0 forbids (control characters other than tab and
/// line breaks, U+FFFE, U+FFFF, unpaired surrogates), which make Excel refuse the whole file, and cut to Excel's
/// 32,767 characters per cell with <see cref="CutMarker"/> at the end, so a reader knows the text goes on.
/// </summary>
public static class XlsxText
{
    public const int MaxCellLength = 32_767;
    public const string CutMarker = "… [cut: Excel holds 32,767 characters per cell]";

    public static string? Clean(string? text)
    {
        if (text is null) return null;
        if (FirstForbidden(text) is var first && first < 0)
            return text.Length <= MaxCellLength ? text : Cut(text);

        var kept = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) kept.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) kept.Append(text, i++, 2);
        }
        return kept.Length <= MaxCellLength ? kept.ToString() : Cut(kept.ToString());
    }

    /// <summary>Where the first character XML forbids is, or -1; most text has none, and then nothing is copied.</summary>
    private static int FirstForbidden(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) continue;
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) i++;
            else return i;
        }
        return -1;
    }

    private static string Cut(string text)
    {
        var keep = MaxCellLength - CutMarker.Length;
        if (char.IsHighSurrogate(text[keep - 1])) keep--; // never split an emoji in two
        return string.Concat(text.AsSpan(0, keep), CutMarker);
    }
}
