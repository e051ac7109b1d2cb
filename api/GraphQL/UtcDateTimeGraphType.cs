using System.Globalization;
using GraphQL.Types;

namespace InstaIntel.Api.GraphQL;

/// <summary>
/// `DateTime` as HotChocolate writes it: UTC, millisecond precision, `yyyy-MM-ddTHH:mm:ss.fffZ`. SQLite hands times
/// back without a kind; everything stored is UTC, so an unspecified kind is read as UTC.
/// </summary>
public sealed class UtcDateTimeGraphType : DateTimeGraphType
{
    public UtcDateTimeGraphType()
    {
        Name = "DateTime";
        Description = "A UTC date and time, `yyyy-MM-ddTHH:mm:ss.fffZ` (ISO-8601). Input without an offset is read as UTC.";
    }

    public override object? Serialize(object? value) => value switch
    {
        DateTime t => Format(t.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : t.ToUniversalTime()),
        DateTimeOffset t => Format(t.UtcDateTime),
        _ => base.Serialize(value),
    };

    private static string Format(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
