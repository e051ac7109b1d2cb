using System.Globalization;
using NpgsqlTypes;

namespace InstaIntel.Api.Migrate;

/// <summary>
/// A SQLite value in the form a PostgreSQL column of the same model takes. SQLite keeps what EF Core writes in few
/// storage classes: booleans as 0/1, timestamps as text (`2026-11-29 03:06:21.1234567`, UTC), enums as text or
/// integers, doubles as REAL; PostgreSQL's column type, read from its catalog, says what each becomes.
/// </summary>
public sealed record ColumnConversion(NpgsqlDbType Type, Func<object, object> Convert)
{
    private static readonly Dictionary<string, ColumnConversion> ByTypeName = new(StringComparer.Ordinal)
    {
        ["bool"] = new(NpgsqlDbType.Boolean, v => v switch
        {
            long l => l != 0,
            string s when s is "0" or "1" => s == "1",
            string s => bool.Parse(s),
            _ => throw Unexpected(v),
        }),
        ["int2"] = new(NpgsqlDbType.Smallint, v => checked((short)Integer(v))),
        ["int4"] = new(NpgsqlDbType.Integer, v => checked((int)Integer(v))),
        ["int8"] = new(NpgsqlDbType.Bigint, v => Integer(v)),
        ["float4"] = new(NpgsqlDbType.Real, v => (float)Real(v)),
        ["float8"] = new(NpgsqlDbType.Double, v => Real(v)),
        ["numeric"] = new(NpgsqlDbType.Numeric, v => decimal.Parse(Text(v), NumberStyles.Float, CultureInfo.InvariantCulture)),
        ["text"] = new(NpgsqlDbType.Text, v => Text(v)),
        ["varchar"] = new(NpgsqlDbType.Varchar, v => Text(v)),
        ["json"] = new(NpgsqlDbType.Json, v => Text(v)),
        ["jsonb"] = new(NpgsqlDbType.Jsonb, v => Text(v)),
        // EF Core on SQLite writes DateTime without a zone, and the app only stores UTC; DateTimeOffset with one.
        ["timestamptz"] = new(NpgsqlDbType.TimestampTz, v => DateTime.Parse(Text(v), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)),
        ["timestamp"] = new(NpgsqlDbType.Timestamp, v => DateTime.SpecifyKind(DateTime.Parse(Text(v), CultureInfo.InvariantCulture), DateTimeKind.Unspecified)),
        ["date"] = new(NpgsqlDbType.Date, v => DateOnly.Parse(Text(v), CultureInfo.InvariantCulture)),
        ["interval"] = new(NpgsqlDbType.Interval, v => TimeSpan.Parse(Text(v), CultureInfo.InvariantCulture)),
        ["uuid"] = new(NpgsqlDbType.Uuid, v => Guid.Parse(Text(v))),
        ["bytea"] = new(NpgsqlDbType.Bytea, v => v as byte[] ?? throw Unexpected(v)),
    };

    /// <summary>The conversion into a column of PostgreSQL type <paramref name="typeName"/> (pg_type.typname), or null for one it has none for.</summary>
    public static ColumnConversion? For(string typeName) => ByTypeName.GetValueOrDefault(typeName);

    private static long Integer(object v) => v switch
    {
        long l => l,
        double d when d == Math.Floor(d) => (long)d,
        string s => long.Parse(s, CultureInfo.InvariantCulture),
        _ => throw Unexpected(v),
    };

    private static double Real(object v) => v switch
    {
        double d => d,
        long l => l,
        string s => double.Parse(s, CultureInfo.InvariantCulture),
        _ => throw Unexpected(v),
    };

    private static string Text(object v) => v switch
    {
        string s => s,
        long or double => System.Convert.ToString(v, CultureInfo.InvariantCulture)!,
        _ => throw Unexpected(v),
    };

    private static FormatException Unexpected(object v) => new($"a {v.GetType().Name} value ({v}) where it expected another kind");
}
