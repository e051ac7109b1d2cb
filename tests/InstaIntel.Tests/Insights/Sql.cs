using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Support;
using Microsoft.Data.Sqlite;

namespace InstaIntel.Tests.Insights;

/// <summary>Direct SQL over an app's database file: the independent answer every insight number is checked against.</summary>
public static class Sql
{
    public static async Task<long> ScalarAsync(AppFactory app, string sql, params (string Name, object Value)[] parameters) =>
        Convert.ToInt64((await RowsAsync(app, sql, parameters))[0][0]);

    public static async Task<List<object?[]>> RowsAsync(AppFactory app, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseSetup.DatabasePath(app.DataFolder)};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }
}
