namespace InstaIntel.Api.Counts;

/// <summary>Where a <see cref="CountPoint"/> came from.</summary>
public enum CountSource
{
    /// <summary>The daily counts job's profile read.</summary>
    Daily,
    /// <summary>A crawl's profile look-up.</summary>
    Crawl,
    /// <summary>A list page that carried the list's total.</summary>
    ListPage,
    /// <summary>A CSV of earlier counts imported by the user.</summary>
    Import,
}

/// <summary>
/// One reading of an account's counts at one moment. A count the reading did not carry (a list page knows only its
/// own list's total) is null.
/// </summary>
public sealed class CountPoint
{
    public long Id { get; set; }
    public long AccountId { get; set; }
    public DateTime At { get; set; }
    public int? Followers { get; set; }
    public int? Following { get; set; }
    public int? Posts { get; set; }
    public CountSource Source { get; set; }
}
