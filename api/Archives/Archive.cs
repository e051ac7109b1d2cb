namespace InstaIntel.Api.Archives;

/// <summary>What an Instagram data download says about its owner's relations.</summary>
/// <param name="Owner">The account the archive belongs to, when the archive tells (its profile file or its name).</param>
/// <param name="ExportedAt">The day Instagram made the archive, read from its name, when present.</param>
public sealed record Archive(
    string? Owner,
    DateTime? ExportedAt,
    ArchiveFormat Format,
    IReadOnlyDictionary<ArchiveList, IReadOnlyList<ArchivedPerson>> Lists)
{
    public IReadOnlyList<ArchivedPerson> this[ArchiveList list] => Lists.TryGetValue(list, out var people) ? people : [];

    /// <summary>The newest relation the archive mentions: a lower bound of when it was made.</summary>
    public DateTime? NewestRelation => Lists.Values.SelectMany(l => l).Max(p => p.Since);
}
