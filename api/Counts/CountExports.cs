using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.Exports;
using InstaIntel.Api.Persistence;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace InstaIntel.Api.Counts;

/// <summary>
/// `GET /exports/{username}/counts.{csv|xlsx|json}`: every reading of an account's counts, oldest first, through the
/// same writers as the follower exports (CSV with a BOM, XLSX with typed cells, a JSON array).
/// </summary>
public static class CountExports
{
    public static readonly IReadOnlyList<ExportColumn<CountPoint>> Columns =
    [
        ExportColumn<CountPoint>.OfTime("at", "at", 20, p => DateTime.SpecifyKind(p.At, DateTimeKind.Utc)),
        ExportColumn<CountPoint>.OfNumber("followers", "followers", 12, p => p.Followers),
        ExportColumn<CountPoint>.OfNumber("following", "following", 12, p => p.Following),
        ExportColumn<CountPoint>.OfNumber("posts", "posts", 10, p => p.Posts),
        ExportColumn<CountPoint>.OfText("source", "source", 10, p => p.Source.ToString().ToLowerInvariant()),
    ];

    public static void MapCountExports(this IEndpointRouteBuilder app) => app.MapGet("/exports/{username}/counts.{extension}", DownloadAsync);

    public static string Path(string username, ExportFormat format) => $"/exports/{Uri.EscapeDataString(username)}/counts.{format.Extension()}";

    private static async Task<IResult> DownloadAsync(HttpContext http, string username, string extension, InstaIntelDb db, IOptions<ExportOptions> options, TimeProvider clock)
    {
        if (!ExportFormats.TryParse(extension, out var format))
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid export request", detail: $"Unknown format `{extension}`: use csv, xlsx or json.");
        var account = Handle.TryParse(username, out var name, out _) ? await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Username == name, http.RequestAborted) : null;
        if (account is null)
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Account not found", detail: $"No tracked account is named `{username}`.");

        http.Response.ContentType = format.ContentType();
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"{account.Username}-counts-{clock.GetUtcNow():yyyy-MM-dd}.{format.Extension()}",
        }.ToString();
        var rows = db.CountPoints.AsNoTracking().Where(p => p.AccountId == account.Id).OrderBy(p => p.At).ThenBy(p => p.Id).AsAsyncEnumerable();
        if (format == ExportFormat.Xlsx) http.Features.GetRequiredFeature<IHttpBodyControlFeature>().AllowSynchronousIO = true;
        await (format switch
        {
            ExportFormat.Csv => CsvExport.WriteAsync(http.Response.Body, rows, Columns, http.RequestAborted),
            ExportFormat.Json => JsonExport.WriteAsync(http.Response.Body, rows, Columns, http.RequestAborted),
            _ => XlsxExport.WriteAsync(http.Response.Body, rows, Columns, $"{account.Username} counts", options.Value.MaxRowsPerSheet, http.RequestAborted),
        });
        return Results.Empty;
    }

    /// <summary>`Account.countsExportUrl(format:)`, absolute like `exportUrl`.</summary>
    public static void AddCountsExportUrl(ObjectGraphType<Account> account) =>
        account.Field<NonNullGraphType<StringGraphType>>("countsExportUrl")
            .Description("Where to download every reading of this account's counts (time, followers, following, posts, source) as a file.")
            .Argument<NonNullGraphType<ExportFormatGraphType>>("format")
            .Resolve(c =>
            {
                var path = Path(c.Source.Username, c.GetArgument<ExportFormat>("format"));
                var request = c.RequestServices!.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request;
                return request is not null && Security.ValidatedHost.Of(request) is { } host ? $"{request.Scheme}://{host}{request.PathBase}{path}" : path;
            });
}
