using InstaIntel.Api.Security;
using Microsoft.AspNetCore.Rewrite;
using Microsoft.Extensions.FileProviders;

namespace InstaIntel.Api.Hosting;

/// <summary>Where the client's static export is: the `client` setting, else the nearest `client/out` above the app; null when not built.</summary>
public sealed record ClientFiles(string? Root)
{
    /// <summary>The GraphiQL page of the export (client/src/app/graphiql), or null when the client is not built.</summary>
    public string? GraphiQLPage => Root is null ? null : Path.Combine(Root, "graphiql", "index.html") is var page && File.Exists(page) ? page : null;
}

public static class StaticClient
{
    public static IServiceCollection AddStaticClient(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var root = configuration["client"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : FindClientOut(environment.ContentRootPath);
        return services.AddSingleton(new ClientFiles(root is not null && Directory.Exists(root) ? root : null));
    }

    /// <summary>
    /// Serves the client's static export. Every route is a file of the export, so an unknown path answers the export's
    /// not-found page (404.html, from client/src/app/not-found.tsx) with status 404, never the dashboard with 200.
    /// </summary>
    public static void UseStaticClient(this WebApplication app)
    {
        if (app.Services.GetRequiredService<ClientFiles>().Root is not { } root)
        {
            app.Logger.LogWarning("No client build found; run scripts/start to build it. Serving the API only.");
            return;
        }
        var files = new PhysicalFileProvider(root);
        // The Crawls page was once at /scrapes/; links in alerts already sent still lead there.
        app.UseRewriter(new RewriteOptions().AddRedirect("^scrapes/(.*)$", "crawls/$1", StatusCodes.Status301MovedPermanently));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        var options = new StaticFileOptions { FileProvider = files, OnPrepareResponse = StaticPagePolicy.Apply };
        app.UseStaticFiles(options);
        var notFound = new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                // Only a full answer turns into 404: a revalidation keeps its 304.
                if (context.Context.Response.StatusCode == StatusCodes.Status200OK) context.Context.Response.StatusCode = StatusCodes.Status404NotFound;
                StaticPagePolicy.Apply(context);
            },
        };
        // Route after the static files: otherwise the fallback endpoint is chosen first for `/accounts/` and the static
        // file middlewares, which step aside once an endpoint is chosen, never serve its folder's index.html.
        app.UseRouting();
        app.MapFallbackToFile(NotFoundPage, notFound);
    }

    private const string NotFoundPage = "404.html";

    private static string? FindClientOut(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "client", "out");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
