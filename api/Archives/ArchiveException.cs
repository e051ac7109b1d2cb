namespace InstaIntel.Api.Archives;

public enum ArchiveProblem { NotAnArchive, Truncated, TooLarge, UnsafePath, NoRelations, UnknownLanguage, Malformed, NoOwner, OtherOwner, Busy }

/// <summary>An upload that cannot be read as an Instagram data download; nothing of it is kept.</summary>
public sealed class ArchiveException(ArchiveProblem problem, string message) : Exception(message)
{
    public ArchiveProblem Problem { get; } = problem;
}
