namespace InstaIntel.Api.Persistence;

public enum DatabaseProvider { Sqlite, PostgreSql }

/// <summary>
/// `Database:Provider` (Sqlite, the default, in the data folder; or PostgreSql) and `Database:ConnectionString`
/// (PostgreSQL's, e.g. `Host=db;Database=instaintel;Username=instaintel;Password=…`; SQLite ignores it).
/// </summary>
public sealed class DatabaseOptions
{
    public string? Provider { get; set; }
    public string? ConnectionString { get; set; }

    public static DatabaseOptions From(IConfiguration configuration) =>
        configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();

    /// <summary>The provider named, or null for a name that is none of them (<see cref="Problems"/> says so).</summary>
    public DatabaseProvider? Parsed => string.IsNullOrWhiteSpace(Provider) ? DatabaseProvider.Sqlite
        : Enum.TryParse<DatabaseProvider>(Provider.Trim(), ignoreCase: true, out var p) && Enum.IsDefined(p) ? p : null;

    /// <summary>
    /// The provider to register services for. Settings with a problem register SQLite's, which are never used: the
    /// settings check stops the app before the database is opened.
    /// </summary>
    public DatabaseProvider Effective => Problems().Any() ? DatabaseProvider.Sqlite : Parsed!.Value;

    public IEnumerable<string> Problems()
    {
        if (Parsed is null)
            yield return $"Database:Provider is \"{Provider}\": it must be Sqlite (the default, a file in the data folder) or PostgreSql.";
        else if (Parsed == DatabaseProvider.PostgreSql && string.IsNullOrWhiteSpace(ConnectionString))
            yield return "Database:Provider is PostgreSql but Database:ConnectionString is empty: set it, e.g. Host=localhost;Database=instaintel;Username=instaintel;Password=….";
        else if (Parsed == DatabaseProvider.PostgreSql && !IsConnectionString(ConnectionString!, out var error))
            yield return $"Database:ConnectionString cannot be read: {error}";
    }

    private static bool IsConnectionString(string text, out string? error)
    {
        try
        {
            _ = new Npgsql.NpgsqlConnectionStringBuilder(text);
            error = null;
            return true;
        }
        catch (ArgumentException e)
        {
            error = e.Message;
            return false;
        }
    }
}
