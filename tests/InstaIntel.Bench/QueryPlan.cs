using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace InstaIntel.Bench;

/// <summary>The SQL EF Core ran, read from the API's JSON console log, and SQLite's plan for it.</summary>
public static partial class QueryPlan
{
    public const string LoggingArgs = "--Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command=Information";
    public const string JsonConsoleArgs = "--Logging:Console:FormatterName=json";

    [GeneratedRegex(@"@[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex ParameterName();

    public static IEnumerable<string> ExecutedCommands(IEnumerable<string> logLines)
    {
        foreach (var line in logLines)
        {
            if (!line.StartsWith('{')) continue;
            using var entry = JsonDocument.Parse(line);
            if (entry.RootElement.TryGetProperty("EventId", out var id) && id.GetInt32() == 20101 // CommandExecuted
                && entry.RootElement.GetProperty("State").TryGetProperty("commandText", out var sql))
                yield return sql.GetString()!;
        }
    }

    public static string Explain(string databasePath, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        // The plan is chosen before values are bound, so any value does.
        foreach (var name in ParameterName().Matches(sql).Select(m => m.Value).Distinct())
            command.Parameters.AddWithValue(name, 1);

        var depth = new Dictionary<long, int> { [0] = 0 };
        var plan = new StringBuilder();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var level = depth.GetValueOrDefault(reader.GetInt64(1)) + 1;
            depth[reader.GetInt64(0)] = level;
            plan.Append(' ', 2 * level).AppendLine(reader.GetString(3));
        }
        return plan.ToString();
    }
}
