using System.Text.Json;
using GraphQL;
using InstaIntel.Api.Archives;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace InstaIntel.Api.GraphQL.Transport;

/// <summary>
/// The GraphQL multipart request spec: an `operations` part (the usual JSON body), a `map` part naming which variable
/// each file fills (`{"0": ["variables.input.file"]}`), then the files. Files are spooled to disk for the request's
/// lifetime. Browsers may send multipart cross-site without a preflight, so a request must carry a header no simple
/// form can set, keeping mutations out of CSRF's reach: any one of the names the upload clients in use send.
/// </summary>
public static class MultipartRequests
{
    /// <summary>
    /// `GraphQL-Require-Preflight` (this API's own name), `GraphQL-Preflight` (HotChocolate's clients and docs),
    /// `Apollo-Require-Preflight` and `X-Apollo-Operation-Name` (Apollo's upload clients). Any value will do.
    /// </summary>
    public static readonly string[] PreflightHeaders = ["GraphQL-Require-Preflight", "GraphQL-Preflight", "Apollo-Require-Preflight", "X-Apollo-Operation-Name"];

    public static bool Is(MediaTypeHeaderValue contentType) =>
        contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    /// <returns>The operations JSON with each mapped variable set to its spooled file.</returns>
    public static async Task<(JsonElement Operations, IReadOnlyDictionary<string, SpooledFile> FilesByPath)> ReadAsync(
        HttpRequest request, MediaTypeHeaderValue contentType, int maxJsonBytes)
    {
        if (!PreflightHeaders.Any(h => request.Headers.ContainsKey(h)))
            throw new RequestError(400, "CSRF_PREVENTION",
                $"Multipart requests must carry one of these headers (any value), which a cross-site form cannot send: {string.Join(", ", PreflightHeaders)}.");
        var options = request.HttpContext.RequestServices.GetRequiredService<ArchiveOptions>();
        ImportEndpoint.AllowUploadSize(request.HttpContext, options);
        var boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary).Value
            ?? throw new RequestError(400, "MULTIPART_INVALID", "The multipart request has no boundary.");

        var spool = new UploadSpool(options);
        request.HttpContext.Response.RegisterForDispose(spool);
        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = options.MaxUploadBytes };
        JsonElement? operations = null;
        Dictionary<string, string[]>? map = null;
        var files = new Dictionary<string, SpooledFile>();
        try
        {
            while (await reader.ReadNextSectionAsync(request.HttpContext.RequestAborted) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (name == "operations") operations = await JsonPartAsync(section, name, maxJsonBytes);
                else if (name == "map") map = (await JsonPartAsync(section, name, maxJsonBytes)).Deserialize<Dictionary<string, string[]>>();
                else if (map is null) throw new RequestError(400, "MULTIPART_INVALID", "The `operations` and `map` parts must come before the files.");
                else if (map.ContainsKey(name)) files[name] = await spool.SaveAsync(section, disposition, request.HttpContext.RequestAborted);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new RequestError(413, "REQUEST_TOO_LARGE", ImportEndpoint.TooLargeMessage(options));
        }
        catch (JsonException)
        {
            throw new RequestError(400, "MULTIPART_INVALID", "The `map` part must be a JSON object of file names to lists of variable paths.");
        }
        if (operations is null || map is null)
            throw new RequestError(400, "MULTIPART_INVALID", "A multipart request needs an `operations` part and a `map` part.");

        var byPath = new Dictionary<string, SpooledFile>();
        foreach (var (part, paths) in map)
        {
            if (!files.TryGetValue(part, out var file))
                throw new RequestError(400, "MULTIPART_INVALID", $"The map names a file part `{part}` that the request does not hold.");
            foreach (var path in paths) byPath[path] = file;
        }
        return (operations.Value, byPath);
    }

    /// <summary>Puts each file into the variables at its path (`variables.input.file`, `variables.files.0`).</summary>
    public static Inputs WithFiles(Inputs? variables, IReadOnlyDictionary<string, SpooledFile> filesByPath)
    {
        var root = Mutable(variables) as Dictionary<string, object?> ?? [];
        foreach (var (path, file) in filesByPath)
        {
            var segments = path.Split('.');
            if (segments.Length < 2 || segments[0] != "variables")
                throw new RequestError(400, "MULTIPART_INVALID", $"The map path `{path}` does not start with `variables.`.");
            object container = root;
            for (var i = 1; i < segments.Length; i++)
            {
                var last = i == segments.Length - 1;
                switch (container)
                {
                    case Dictionary<string, object?> dict when last:
                        dict[segments[i]] = file;
                        break;
                    case Dictionary<string, object?> dict:
                        container = dict[segments[i]] = Mutable(dict.GetValueOrDefault(segments[i])) ?? throw NoPath(path);
                        break;
                    case List<object?> list when int.TryParse(segments[i], out var index) && index >= 0 && index < list.Count:
                        if (last) list[index] = file;
                        else container = list[index] = Mutable(list[index]) ?? throw NoPath(path);
                        break;
                    default:
                        throw NoPath(path);
                }
            }
        }
        return root.ToInputs();
    }

    private static RequestError NoPath(string path) => new(400, "MULTIPART_INVALID", $"The map path `{path}` names no variable in the operation.");

    /// <summary>A copy of a dictionary or list from the parsed variables that can be changed, or null for anything else.</summary>
    private static object? Mutable(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> dict => (object)dict.ToDictionary(p => p.Key, p => p.Value),
        IEnumerable<object?> list when value is not string => list.ToList(),
        _ => null,
    };

    private static async Task<JsonElement> JsonPartAsync(MultipartSection section, string name, int maxBytes)
    {
        var bytes = await BoundedRead.ReadAsync(section.Body, maxBytes,
            () => new RequestError(413, "REQUEST_TOO_LARGE", $"The `{name}` part is larger than {maxBytes / 1024} KiB."), CancellationToken.None);
        try
        {
            return JsonDocument.Parse(bytes).RootElement;
        }
        catch (JsonException)
        {
            throw new RequestError(400, "JSON_INVALID", $"The `{name}` part is not valid JSON.");
        }
    }
}
