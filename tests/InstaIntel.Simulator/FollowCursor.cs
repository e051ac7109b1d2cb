using System.Text;

namespace InstaIntel.Simulator;

/// <summary>
/// Opaque `next_max_id` values for the friendships lists, base64 like Instagram's (theirs begin `QVF`, the encoding
/// of a leading `AQ` byte pair). Accepts the URL-safe and the standard alphabet, padded or not.
/// </summary>
public static class FollowCursor
{
    private const string Marker = "AQD";

    public static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Marker}f{offset:D8}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static int? Decode(string cursor)
    {
        var base64 = cursor.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
            return text.StartsWith(Marker + "f") && int.TryParse(text[(Marker.Length + 1)..], out var offset) && offset >= 0 ? offset : null;
        }
        catch (FormatException) { return null; }
    }
}
