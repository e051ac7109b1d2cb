using InstaIntel.Api.Crawls;
using InstaIntel.Api.GraphQL.Relay;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace InstaIntel.Api.Archives;

/// <summary>
/// `POST /imports`: a multipart upload of Instagram's data download (the ZIP, or loose list files in fields named
/// `file`), with an optional `account` field for archives that do not say whose they are.
/// </summary>
public static class ImportEndpoint
{
    public const string Path = "/imports";

    public sealed record ImportSummary(string CrawlId, string Account, string Format, int Followers, int Following,
        int? New, int? Lost, int UsernameOnly, bool PlacedInPast, DateTime MadeAt)
    {
        public static ImportSummary From(ArchiveUploadResult upload)
        {
            var (archive, owner, import) = upload;
            var s = import.Crawl;
            return new ImportSummary(GlobalId.Encode(CrawlType.TypeName, s.Id), owner, archive.Format.ToString().ToUpperInvariant(),
                import.Followers, import.Following, s.FollowersNew, s.FollowersLost, import.UsernameOnly, import.PlacedInPast, s.FinishedAt ?? s.CreatedAt);
        }
    }

    public static void MapImports(this IEndpointRouteBuilder app) => app.MapPost(Path, ImportAsync);

    /// <summary>Lifts the server-wide request size limit to the upload cap for this request; false once the body is being read.</summary>
    public static void AllowUploadSize(HttpContext http, ArchiveOptions options)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = options.MaxUploadBytes;
    }

    private static async Task<IResult> ImportAsync(HttpContext http, ArchiveUpload upload, ArchiveOptions options)
    {
        var ct = http.RequestAborted;
        AllowUploadSize(http, options);
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Send a multipart/form-data upload",
                "Post the archive as a form field named `file` (the ZIP, or several .json/.html files), e.g. curl -F file=@instagram-you.zip …/imports.");

        using var spool = new UploadSpool(options);
        try
        {
            var files = new List<SpooledFile>();
            string? account = null;
            var multipart = new MultipartReader(boundary, http.Request.Body) { BodyLengthLimit = options.MaxUploadBytes };
            while (await multipart.ReadNextSectionAsync(ct) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
                if (disposition.IsFileDisposition()) files.Add(await spool.SaveAsync(section, disposition, ct));
                else if (HeaderUtilities.RemoveQuotes(disposition.Name).Value == "account")
                    account = await new StreamReader(section.Body).ReadToEndAsync(ct);
            }
            return Results.Ok(ImportSummary.From(await upload.ImportAsync(files, account, ct)));
        }
        catch (ArchiveException e)
        {
            var status = e.Problem switch
            {
                ArchiveProblem.TooLarge => StatusCodes.Status413PayloadTooLarge,
                ArchiveProblem.Busy => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status422UnprocessableEntity,
            };
            return Problem(status, "The archive cannot be imported", e.Message, e.Problem.ToString());
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Upload too large", TooLargeMessage(options), nameof(ArchiveProblem.TooLarge));
        }
    }

    public static string TooLargeMessage(ArchiveOptions options) =>
        $"Uploads are limited to {options.MaxUploadBytes / (1024 * 1024)} MiB (setting Imports:MaxUploadBytes).";

    private static IResult Problem(int status, string title, string detail, string? code = null) =>
        Results.Problem(statusCode: status, title: title, detail: detail,
            extensions: code is null ? null : new Dictionary<string, object?> { ["code"] = code });
}
