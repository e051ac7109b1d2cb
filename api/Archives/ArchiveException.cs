using System.ComponentModel;

namespace InstaIntel.Api.Archives;

[Description("Why a data download was refused.")]
public enum ArchiveProblem
{
    [Description("Not a ZIP.")] NotAnArchive,
    [Description("The ZIP is cut short.")] Truncated,
    [Description("Over the size or compression limits.")] TooLarge,
    [Description("An entry points outside the archive.")] UnsafePath,
    [Description("No followers or following files.")] NoRelations,
    [Description("HTML dates in a language not understood.")] UnknownLanguage,
    [Description("A file that cannot be read.")] Malformed,
    [Description("Whose archive it is cannot be told.")] NoOwner,
    [Description("Someone else's archive.")] OtherOwner,
    [Description("Another import is running.")] Busy,
}

/// <summary>An upload that cannot be read as an Instagram data download; nothing of it is kept.</summary>
public sealed class ArchiveException(ArchiveProblem problem, string message) : Exception(message)
{
    public ArchiveProblem Problem { get; } = problem;
}
