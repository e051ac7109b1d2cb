using System.Collections;
using GraphQL;
using GraphQL.Execution;

namespace InstaIntel.Api.GraphQL;

/// <summary>Puts an error's data (e.g. `requestedItems`, `maxAllowedItems`) directly in `extensions`, as HotChocolate does.</summary>
public sealed class AppErrorInfoProvider() : ErrorInfoProvider(o => o.ExposeData = false)
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError.Data.Count == 0) return info;
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        foreach (DictionaryEntry entry in executionError.Data) extensions[entry.Key.ToString()!] = entry.Value;
        info.Extensions = extensions;
        return info;
    }
}
