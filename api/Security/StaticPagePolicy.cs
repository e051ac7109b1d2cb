using System.Collections.Concurrent;
using Microsoft.AspNetCore.StaticFiles;

namespace InstaIntel.Api.Security;

/// <summary>
/// Gives a static HTML page its policy from the file itself, on a 304 Not Modified as on a 200. A 304 has no body
/// to hash, and a browser revalidating a cached page merges the 304's headers into it: a policy without the page's
/// script hashes would then block the page's own boot scripts on every reload.
/// </summary>
public static class StaticPagePolicy
{
    private static readonly ConcurrentDictionary<string, (DateTimeOffset Modified, string[] Hashes)> Pages = new();

    public static void Apply(StaticFileResponseContext context)
    {
        var file = context.File;
        if (file.PhysicalPath is not { } path || !file.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase)) return;
        if (!Pages.TryGetValue(path, out var page) || page.Modified != file.LastModified)
            Pages[path] = page = (file.LastModified, ContentSecurityPolicy.InlineScriptHashes(File.ReadAllText(path)).ToArray());
        context.Context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy.For(context.Context.Request, page.Hashes);
    }
}
