using InstaIntel.Api.Hosting;
using Microsoft.Net.Http.Headers;

namespace InstaIntel.Api.GraphQL.Transport;

/// <summary>
/// A browser opening /graphql gets GraphiQL: the client's own page (client/src/app/graphiql), served from its static
/// export, so it ships with no CDN script. GraphQL clients, which never ask for HTML, keep getting results.
/// </summary>
public static class GraphiQLPage
{
    public static bool Wanted(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && MediaTypeHeaderValue.TryParseList(request.Headers.Accept.ToString().Split(','), out var accepted)
        && accepted.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0);

    public static async Task ServeAsync(HttpContext http)
    {
        var response = http.Response;
        response.Headers.Vary = HeaderNames.Accept;
        response.Headers.CacheControl = "no-cache";
        if (http.RequestServices.GetRequiredService<ClientFiles>().GraphiQLPage is not { } page)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync("GraphiQL is part of the web client, which is not built: run scripts/start (or `npm run build` in client/).");
            return;
        }
        response.ContentType = "text/html; charset=utf-8";
        await response.SendFileAsync(page, http.RequestAborted);
    }
}
