using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace InstaIntel.Api.Archives;

/// <summary>An uploaded file as it waits on disk: the name the client gave it and where it is.</summary>
public sealed record SpooledFile(string Name, string Path);

/// <summary>
/// A folder of its own for one upload in the data folder's `imports/`, deleted with everything in it when disposed:
/// uploads are streamed to disk as they arrive, never held in memory.
/// </summary>
public sealed class UploadSpool : IDisposable
{
    public string Folder { get; }

    public UploadSpool(ArchiveOptions options) =>
        Folder = Directory.CreateDirectory(System.IO.Path.Combine(options.SpoolFolder, Guid.NewGuid().ToString("N"))).FullName;

    /// <summary>Writes one multipart section's body to disk under the file name the client gave.</summary>
    public async Task<SpooledFile> SaveAsync(MultipartSection section, ContentDispositionHeaderValue disposition, CancellationToken ct)
    {
        var name = System.IO.Path.GetFileName(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "");
        var path = System.IO.Path.Combine(Folder, Guid.NewGuid().ToString("N"));
        await using (var file = File.Create(path)) await section.Body.CopyToAsync(file, ct);
        return new SpooledFile(name, path);
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
