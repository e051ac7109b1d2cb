using GraphQL;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.Followers;
using InstaIntel.Api.GraphQL.Paging;
using InstaIntel.Api.Persistence;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace InstaIntel.Api.Exports;

/// <summary>`GET /exports/{username}/{view}.{format}`: streams a follower view, filtered and ordered as its connection is.</summary>
public static class ExportEndpoint
{
    public static IServiceCollection AddExports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExportOptions>().Bind(configuration.GetSection("Exports"))
            .Validate(o => o.MaxRowsPerSheet is >= 2 and <= ExportOptions.ExcelRowLimit,
                $"Exports:MaxRowsPerSheet must be from 2 (the header and one row) to {ExportOptions.ExcelRowLimit:N0}, the most Excel opens.")
            .ValidateOnStart();
        services.AddSingleton<ExportArguments>();
        services.AddHttpContextAccessor();
        return services;
    }

    public static void MapExports(this IEndpointRouteBuilder app) => app.MapGet("/exports/{username}/{file}", DownloadAsync);

    private static async Task<IResult> DownloadAsync(HttpContext http, string username, string file, string? where, string? order,
        InstaIntelDb db, ExportArguments arguments, IOptions<ExportOptions> options, TimeProvider clock)
    {
        var ct = http.RequestAborted;
        if (file.Contains(','))
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "One view in one format per download",
                detail: $"`{file}` lists several views or formats; download each on its own, e.g. /exports/{username}/followers.csv.");
        var dot = file.LastIndexOf('.');
        if (dot < 0 || !ExportLink.TryParseView(file[..dot], out var view))
            return BadRequest($"Unknown view `{(dot < 0 ? file : file[..dot])}`: use one of {string.Join(", ", Enum.GetValues<FollowerView>().Select(ExportLink.ViewSlug))}.");
        if (!ExportFormats.TryParse(file[(dot + 1)..], out var format))
            return BadRequest($"Unknown format `{file[(dot + 1)..]}`: use csv, xlsx or json.");
        var (filter, error) = await arguments.ReadAsync(where, order, ct);
        if (filter is null) return BadRequest(error!);

        var account = Handle.TryParse(username, out var name, out _)
            ? await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Username == name, ct)
            : null;
        if (account is null)
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Account not found", detail: $"No tracked account is named `{username}`.");

        // The latest crawl, the rows and the crawl times they refer to come from one snapshot (SQLite: a deferred
        // transaction, which takes no write lock; PostgreSQL: repeatable read, whose snapshot is taken by the first
        // statement), so a crawl finishing meanwhile cannot make them disagree.
        await db.Database.OpenConnectionAsync(ct);
        await using var snapshot = db.Database.GetDbConnection() is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await db.Database.GetDbConnection().BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        await db.Database.UseTransactionAsync(snapshot, ct);
        IQueryable<FollowerRow> rows;
        try
        {
            rows = Keyset.FilterAndOrder(await FollowerQueries.ForAccountAsync(db, account.Id, view, filter.Where, ct),
                FollowerQueries.Shape, filter.Where, filter.Order);
        }
        catch (ExecutionError e)
        {
            return BadRequest(e.Message);
        }

        var slug = ExportLink.ViewSlug(view);
        http.Response.ContentType = format.ContentType();
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"{account.Username}-{slug}-{clock.GetUtcNow():yyyy-MM-dd}.{format.Extension()}",
        }.ToString();

        var times = await SeenTimes.LoadAsync(db, account.Id, ct);
        var export = ExportRow.Columns(rows).AsAsyncEnumerable().Select(c => ExportRow.From(c, times));
        var body = http.Response.Body;
        // .NET's zip writer closes each XLSX part with a few bytes written synchronously.
        if (format == ExportFormat.Xlsx) http.Features.GetRequiredFeature<IHttpBodyControlFeature>().AllowSynchronousIO = true;
        await (format switch
        {
            ExportFormat.Csv => CsvExport.WriteAsync(body, export, ExportColumn.All, ct),
            ExportFormat.Json => JsonExport.WriteAsync(body, export, ExportColumn.All, ct),
            _ => XlsxExport.WriteAsync(body, export, ExportColumn.All, $"{account.Username} {slug}", options.Value.MaxRowsPerSheet, ct),
        });
        return Results.Empty;
    }

    private static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid export request", detail: detail);
}
