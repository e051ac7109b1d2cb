namespace InstaIntel.Api.Archives;

/// <summary>
/// One person in one of the archive's lists. The archive has usernames but no Instagram ids; `Since` is when the
/// relation began (when they followed, or were followed), as the archive tells it.
/// </summary>
public sealed record ArchivedPerson(string Username, DateTime? Since);
