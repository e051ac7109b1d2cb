using InstaIntel.Api.Accounts;

namespace InstaIntel.Api.Archives;

/// <summary>What one upload became: the archive as read, whose it is, and the crawl it turned into.</summary>
public sealed record ArchiveUploadResult(Archive Archive, string Owner, ArchiveImportResult Import);

/// <summary>
/// An upload, whichever way it came (`POST /imports` or GraphQL's `importDataExport`): tells a ZIP from loose list
/// files, settles whose archive it is and imports it (the import's crawl announces each of its states, as any crawl does).
/// </summary>
public sealed class ArchiveUpload(ArchiveReader reader, ArchiveImport import)
{
    /// <param name="account">The owner when the client names one: required when the files do not say whose they are.</param>
    public async Task<ArchiveUploadResult> ImportAsync(IReadOnlyList<SpooledFile> files, string? account, CancellationToken ct)
    {
        if (files.Count == 0) throw new ArchiveException(ArchiveProblem.NotAnArchive, "The upload holds no file: send the archive as `file`.");
        string? named = null;
        if (!string.IsNullOrWhiteSpace(account) && !Handle.TryParse(account, out named, out var error))
            throw new ArchiveException(ArchiveProblem.NoOwner, error);

        var archive = await ReadAsync(files, ct);
        if (named is not null && archive.Owner is not null && named != archive.Owner)
            throw new ArchiveException(ArchiveProblem.OtherOwner, $"This archive belongs to @{archive.Owner}, not @{named}.");
        var owner = named ?? archive.Owner
            ?? throw new ArchiveException(ArchiveProblem.NoOwner, "The files do not say which account they belong to: name the account.");

        return new ArchiveUploadResult(archive, owner, await import.ImportAsync(archive, owner, ct));
    }

    private async Task<Archive> ReadAsync(IReadOnlyList<SpooledFile> files, CancellationToken ct)
    {
        if (files.Count == 1 && IsZip(files[0].Path))
        {
            await using var zip = File.OpenRead(files[0].Path);
            return await reader.ReadZipAsync(zip, files[0].Name, ct);
        }
        if (files.Count == 1 && !ArchiveLists.TryFromFileName(files[0].Name, out _, out _))
            throw new ArchiveException(ArchiveProblem.NotAnArchive,
                $"{files[0].Name} is neither a ZIP file nor one of the archive's list files (followers_1.json, following.html …).");
        return await reader.ReadFilesAsync([.. files.Select(f => (f.Name, (Func<Stream>)(() => File.OpenRead(f.Path))))], ct);
    }

    private static bool IsZip(string path)
    {
        Span<byte> head = stackalloc byte[4];
        using var file = File.OpenRead(path);
        return file.Read(head) == 4 && ArchiveReader.IsZip(head);
    }
}
