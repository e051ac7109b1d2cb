using InstaIntel.Api.Accounts;
using InstaIntel.Api.GraphQL.Relay;
using InstaIntel.Api.Realtime;
using InstaIntel.Api.Scrapes;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace InstaIntel.Api.Archives;

/// <summary>
/// `POST /imports`: a multipart upload of Instagram's data download (the ZIP, or loose list files), with an optional
/// `account` field for archives that do not say whose they are. The upload is spooled to the data folder, never held
/// in memory, and deleted once read.
/// </summary>
public static class ImportEndpoint
{
    public const string Path = "/imports";

    public sealed record ImportSummary(string ScrapeId, string Account, string Format, int Followers, int Following,
        int? New, int? Lost, int UsernameOnly, bool PlacedInPast, DateTime MadeAt);

    public static void MapImports(this IEndpointRouteBuilder app) => app.MapPost(Path, ImportAsync).DisableAntiforgery();

    private static async Task<IResult> ImportAsync(HttpContext http, ArchiveReader reader, ArchiveImport import, ArchiveOptions options,
        ScrapeNotifier notifier)
    {
        var ct = http.RequestAborted;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = options.MaxUploadBytes;
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Send a multipart/form-data upload",
                "Post the archive as a form field named `file` (the ZIP, or several .json/.html files), e.g. curl -F file=@instagram-you.zip …/imports.");

        var folder = Directory.CreateDirectory(System.IO.Path.Combine(options.SpoolFolder, Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var (files, account) = await SpoolAsync(http.Request.Body, boundary, folder, options, ct);
            if (files.Count == 0) return Problem(StatusCodes.Status400BadRequest, "No file", "The upload holds no file: send the archive in a field named `file`.");

            if (files.Count == 1 && !IsZip(files[0].Path) && !ArchiveLists.TryFromFileName(files[0].Name, out _, out _))
                throw new ArchiveException(ArchiveProblem.NotAnArchive,
                    $"{files[0].Name} is neither a ZIP file nor one of the archive's list files (followers_1.json, following.html …).");
            var archive = files.Count == 1 && IsZip(files[0].Path)
                ? await ReadZipAsync(reader, files[0], ct)
                : await reader.ReadFilesAsync([.. files.Select(f => (f.Name, (Func<Stream>)(() => File.OpenRead(f.Path))))], ct);

            string? owner = null;
            if (account is { Length: > 0 } && !Handle.TryParse(account, out owner, out var error))
                return Problem(StatusCodes.Status400BadRequest, "Invalid account", error);
            if (owner is not null && archive.Owner is not null && owner != archive.Owner)
                return Problem(StatusCodes.Status422UnprocessableEntity, "Another account's archive", $"This archive belongs to @{archive.Owner}, not @{owner}.");
            owner ??= archive.Owner;
            if (owner is null)
                return Problem(StatusCodes.Status422UnprocessableEntity, "Whose archive is this?",
                    "The files do not say which account they belong to: send the username in a field named `account`.", nameof(ArchiveProblem.NoOwner));

            var result = await import.ImportAsync(archive, owner, ct);
            await notifier.PublishAsync(result.Scrape.Id, ct);
            var s = result.Scrape;
            return Results.Ok(new ImportSummary(GlobalId.Encode(ScrapeType.TypeName, s.Id), owner, archive.Format.ToString().ToUpperInvariant(),
                result.Followers, result.Following, s.FollowersNew, s.FollowersLost, result.UsernameOnly, result.PlacedInPast, s.FinishedAt ?? s.CreatedAt));
        }
        catch (ArchiveException e)
        {
            var status = e.Problem is ArchiveProblem.TooLarge ? StatusCodes.Status413PayloadTooLarge
                : e.Problem is ArchiveProblem.Busy ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
            return Problem(status, "The archive cannot be imported", e.Message, e.Problem.ToString());
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Upload too large",
                $"Uploads are limited to {options.MaxUploadBytes / (1024 * 1024)} MiB (setting Imports:MaxUploadBytes).", nameof(ArchiveProblem.TooLarge));
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private sealed record SpooledFile(string Name, string Path);

    private static async Task<(List<SpooledFile> Files, string? Account)> SpoolAsync(Stream body, string boundary, string folder, ArchiveOptions options, CancellationToken ct)
    {
        var files = new List<SpooledFile>();
        string? account = null;
        var multipart = new MultipartReader(boundary, body) { BodyLengthLimit = options.MaxUploadBytes };
        while (await multipart.ReadNextSectionAsync(ct) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
            if (disposition.IsFileDisposition())
            {
                var name = System.IO.Path.GetFileName(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "");
                var path = System.IO.Path.Combine(folder, $"{files.Count}");
                await using (var file = File.Create(path)) await section.Body.CopyToAsync(file, ct);
                files.Add(new SpooledFile(name, path));
            }
            else if (HeaderUtilities.RemoveQuotes(disposition.Name).Value == "account")
            {
                using var text = new StreamReader(section.Body);
                account = (await text.ReadToEndAsync(ct)).Trim();
            }
        }
        return (files, account);
    }

    private static bool IsZip(string path)
    {
        Span<byte> head = stackalloc byte[4];
        using var file = File.OpenRead(path);
        return file.Read(head) == 4 && ArchiveReader.IsZip(head);
    }

    private static async Task<Archive> ReadZipAsync(ArchiveReader reader, SpooledFile file, CancellationToken ct)
    {
        await using var zip = File.OpenRead(file.Path);
        return await reader.ReadZipAsync(zip, file.Name, ct);
    }

    private static IResult Problem(int status, string title, string detail, string? code = null) =>
        Results.Problem(statusCode: status, title: title, detail: detail,
            extensions: code is null ? null : new Dictionary<string, object?> { ["code"] = code });
}
