using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace InstaIntel.Api.Archives;

/// <summary>
/// Reads an Instagram data download: the ZIP as Instagram delivers it, or its loose list files. The lists are found at
/// any depth (`connections/followers_and_following/`, the older top-level `followers_and_following/`, or inside the
/// folder a person unpacked to). Nothing is unpacked to disk; only the list files and the profile file are read.
/// </summary>
public sealed partial class ArchiveReader(ArchiveOptions options)
{
    private const string ListsFolder = "followers_and_following";

    // Instagram names the download `instagram-<username>-<yyyy-MM-dd>-<random>.zip`, and its top folder alike.
    [GeneratedRegex(@"instagram-(?<owner>[a-z0-9._]{1,30})-(?<date>\d{4}-\d{2}-\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex ArchiveName();

    public static bool IsZip(ReadOnlySpan<byte> head) => head.Length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] is 3 or 5 && head[3] is 4 or 6;

    /// <param name="zip">A seekable stream (the upload, spooled to disk).</param>
    public async Task<Archive> ReadZipAsync(Stream zip, string? fileName, CancellationToken ct)
    {
        var head = new byte[4];
        var start = zip.Position;
        if (await zip.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct) < head.Length || !IsZip(head))
            throw new ArchiveException(ArchiveProblem.NotAnArchive,
                $"{Name(fileName)} is not a ZIP file. Upload the ZIP Instagram sent, or the .json/.html files from its followers_and_following folder.");
        zip.Position = start;

        ZipArchive archive;
        try
        {
            archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            throw new ArchiveException(ArchiveProblem.Truncated, $"{Name(fileName)} is not a complete ZIP file: it may have been cut short while downloading.");
        }

        using (archive)
        {
            var unsafeEntry = archive.Entries.FirstOrDefault(e => !IsSafePath(e.FullName));
            if (unsafeEntry is not null)
                throw new ArchiveException(ArchiveProblem.UnsafePath, $"{Name(fileName)} holds an entry that points outside the archive (\"{unsafeEntry.FullName}\"); it is not an archive from Instagram.");

            var files = new List<(string Name, Func<Stream> Open)>();
            long unpacked = 0;
            foreach (var entry in archive.Entries.Where(e => IsListFile(e.FullName) || IsProfileFile(e.FullName)))
            {
                if (entry.CompressedLength > 0 && entry.Length > 1024 * 1024 && entry.Length / entry.CompressedLength > options.MaxCompressionRatio)
                    throw new ArchiveException(ArchiveProblem.TooLarge, $"{entry.FullName} unpacks to {entry.Length / entry.CompressedLength}× its size; an Instagram archive does not (a ZIP bomb?).");
                unpacked += entry.Length;
                if (unpacked > options.MaxUnpackedBytes)
                    throw new ArchiveException(ArchiveProblem.TooLarge, $"The lists in {Name(fileName)} unpack to more than {options.MaxUnpackedBytes / (1024 * 1024)} MiB (setting Imports:MaxUnpackedBytes).");
                var declared = entry.Length;
                files.Add((entry.FullName, () => new CappedStream(entry.Open(), declared, entry.FullName)));
            }

            var name = ArchiveName().Match(fileName ?? "") is { Success: true } byFile ? byFile
                : archive.Entries.Select(e => ArchiveName().Match(e.FullName)).FirstOrDefault(m => m.Success);
            try
            {
                return await ReadAsync(files, name, ct);
            }
            catch (InvalidDataException)
            {
                throw new ArchiveException(ArchiveProblem.Truncated, $"{Name(fileName)} is damaged: a file in it cannot be unpacked.");
            }
        }
    }

    /// <summary>Loose list files, as a person picks them from an unpacked archive.</summary>
    public Task<Archive> ReadFilesAsync(IReadOnlyList<(string Name, Func<Stream> Open)> files, CancellationToken ct) =>
        ReadAsync([.. files.Where(f => IsListFile(f.Name, looseFile: true) || IsProfileFile(f.Name))],
            files.Select(f => ArchiveName().Match(f.Name)).FirstOrDefault(m => m.Success), ct);

    private async Task<Archive> ReadAsync(List<(string Name, Func<Stream> Open)> files, Match? name, CancellationToken ct)
    {
        var lists = files.Where(f => !IsProfileFile(f.Name)).ToList();
        if (lists.Count == 0)
            throw new ArchiveException(ArchiveProblem.NoRelations,
                "This archive has no followers and following files. When you request the download, tick \"Followers and following\".");

        // Both formats in one archive would be the same lists twice: JSON carries exact times, so it wins.
        var format = lists.Any(f => Path.GetExtension(f.Name).Equals(".json", StringComparison.OrdinalIgnoreCase)) ? ArchiveFormat.Json : ArchiveFormat.Html;
        var people = new Dictionary<ArchiveList, Dictionary<string, ArchivedPerson>>();
        var listed = 0;
        foreach (var (fileName, open) in lists.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            ArchiveLists.TryFromFileName(Path.GetFileName(fileName), out var list, out var fileFormat);
            if (fileFormat != format) continue;
            List<ArchivedPerson> read;
            await using (var stream = open())
                read = format == ArchiveFormat.Json
                    ? await JsonLists.ReadAsync(stream, fileName, options.MaxPeople - listed, ct)
                    : await HtmlLists.ReadAsync(stream, fileName, ct);
            listed += read.Count;
            if (listed > options.MaxPeople)
                throw new ArchiveException(ArchiveProblem.TooLarge, $"The lists of this archive name more than {options.MaxPeople:N0} people (setting Imports:MaxPeople).");
            var byName = people.TryGetValue(list, out var known) ? known : people[list] = new(StringComparer.Ordinal);
            foreach (var person in read) byName.TryAdd(person.Username, person);
        }

        var owner = await OwnerAsync(files.FirstOrDefault(f => IsProfileFile(f.Name)), ct)
            ?? (name is { Success: true } ? name.Groups["owner"].Value.ToLowerInvariant() : null);
        DateTime? exportedAt = name is { Success: true } && DateTime.TryParseExact(name.Groups["date"].Value, "yyyy-MM-dd", null,
            System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var date) ? date : null;
        return new Archive(owner, exportedAt, format,
            people.ToDictionary(p => p.Key, p => (IReadOnlyList<ArchivedPerson>)[.. p.Value.Values]));
    }

    /// <summary>`profile_user[0].string_map_data.Username.value`, read as a stream like the lists.</summary>
    private static async Task<string?> OwnerAsync((string Name, Func<Stream> Open) profileFile, CancellationToken ct)
    {
        if (profileFile.Open is null) return null;
        try
        {
            await using var stream = profileFile.Open();
            var json = new JsonTokens(stream, profileFile.Name);
            var usernameDepth = -1;
            while (await json.ReadAsync(ct))
            {
                if (json.Type == JsonTokenType.PropertyName && json.Text == "Username")
                {
                    await json.NextAsync(ct);
                    if (json.Type == JsonTokenType.StartObject) usernameDepth = json.Depth;
                    else await json.SkipAsync(ct);
                }
                else if (usernameDepth >= 0 && json.Type == JsonTokenType.PropertyName && json.Text == "value" && json.Depth == usernameDepth + 1)
                {
                    await json.NextAsync(ct);
                    return ProfileLinks.Username(await json.StringOfAtMostAsync(JsonLists.MaxValueBytes, "value", ct));
                }
                else if (json.Type == JsonTokenType.EndObject && json.Depth == usernameDepth) usernameDepth = -1;
            }
            return null;
        }
        catch (JsonException)
        {
            return null; // the owner can still come from the archive's name, or be asked for
        }
    }

    private static bool IsListFile(string path, bool looseFile = false)
    {
        var segments = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length > 0 && ArchiveLists.TryFromFileName(segments[^1], out _, out _)
            && (looseFile || segments.Length >= 2 && segments[^2].Equals(ListsFolder, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsProfileFile(string path) =>
        Path.GetFileName(path.Replace('\\', '/')).Equals("personal_information.json", StringComparison.OrdinalIgnoreCase);

    private static bool IsSafePath(string path)
    {
        var normalized = path.Replace('\\', '/');
        return !normalized.StartsWith('/') && !normalized.Contains(':') && normalized.Split('/').All(s => s != "..");
    }

    private static string Name(string? fileName) => string.IsNullOrEmpty(fileName) ? "The upload" : Path.GetFileName(fileName);
}
