using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace InstaIntel.Simulator;

/// <summary>
/// Replay mode: answers each request with the response recorded for the same method, path and query (the app's
/// `Instagram:RecordFolder`), in recorded order; the last one repeats. A request nobody recorded gets a 404 that says so.
/// </summary>
public sealed class Replay
{
    private readonly ConcurrentDictionary<string, Queue<(int Status, JsonNode? Body)>> recorded = new();

    public Replay(string folder)
    {
        foreach (var file in Directory.GetFiles(folder, "*.json").Order())
        {
            var record = JsonNode.Parse(File.ReadAllText(file))!;
            var key = Key(record["method"]!.GetValue<string>(), record["path"]!.GetValue<string>());
            recorded.GetOrAdd(key, _ => new Queue<(int, JsonNode?)>()).Enqueue((record["status"]!.GetValue<int>(), record["body"]?.DeepClone()));
        }
    }

    public (int Status, string Body) Answer(string method, string pathAndQuery)
    {
        if (!recorded.TryGetValue(Key(method, StripRankToken(pathAndQuery)), out var answers))
            return (404, Shapes.Fail($"No recorded response for {method} {pathAndQuery}").ToJsonString());
        lock (answers)
        {
            var (status, body) = answers.Count > 1 ? answers.Dequeue() : answers.Peek();
            return (status, body is JsonValue value && value.TryGetValue<string>(out var text) ? text : body?.ToJsonString() ?? "");
        }
    }

    private static string Key(string method, string pathAndQuery) => $"{method} {pathAndQuery}";

    private static string StripRankToken(string pathAndQuery)
    {
        var q = pathAndQuery.IndexOf('?');
        if (q < 0) return pathAndQuery;
        var kept = pathAndQuery[(q + 1)..].Split('&').Where(p => !p.StartsWith("rank_token="));
        var rest = string.Join('&', kept);
        return pathAndQuery[..q] + (rest.Length > 0 ? "?" + rest : "");
    }
}
