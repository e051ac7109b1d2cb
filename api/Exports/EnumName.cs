namespace InstaIntel.Api.Exports;

public static class EnumName
{
    /// <summary>
    /// Exactly one member by its name, ignoring case. Enum.TryParse would also take "1", or "csv,json" as the members'
    /// values OR-ed together, which is never what a download URL means.
    /// </summary>
    public static bool TryParse<T>(string name, out T value) where T : struct, Enum
    {
        var match = Enum.GetNames<T>().FirstOrDefault(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
        value = match is null ? default : Enum.Parse<T>(match);
        return match is not null;
    }
}
