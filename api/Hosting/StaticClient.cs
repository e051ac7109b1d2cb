using Microsoft.Extensions.FileProviders;

namespace InstaIntel.Api.Hosting;

public static class StaticClient
{
    /// <summary>
    /// Serves the client's static export (`client/out`, or the `client` setting). Unknown paths fall back to
    /// index.html, since the static export resolves its routes in the browser.
    /// </summary>
    public static void UseStaticClient(this WebApplication app, IConfiguration configuration)
    {
        var root = configuration["client"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : FindClientOut(app.Environment.ContentRootPath);
        if (root is null || !Directory.Exists(root))
        {
            app.Logger.LogWarning("No client build found; run scripts/start to build it. Serving the API only.");
            return;
        }
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        // Route after the static files: otherwise the fallback endpoint is chosen first for `/accounts/` and the static
        // file middlewares, which step aside once an endpoint is chosen, never serve its folder's index.html.
        app.UseRouting();
        app.MapFallbackToFile("index.html", new StaticFileOptions { FileProvider = files });
    }

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
