using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Support;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace InstaIntel.Tests.Insights;

/// <summary>
/// Direct SQL over an app's database (its SQLite file, or its PostgreSQL database): the independent answer every
/// insight number is checked against. Parameters are written `$name`, as SQLite has them.
/// </summary>
public static class Sql
{
    public static async Task<long> ScalarAsync(AppFactory app, string sql, params (string Name, object Value)[] parameters) =>
        Convert.ToInt64((await RowsAsync(app, sql, parameters))[0][0]);

    public static async Task<List<object?[]>> RowsAsync(AppFactory app, string sql, params (string Name, object Value)[] parameters)
    {
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var onPostgres = database.Effective == DatabaseProvider.PostgreSql;
        await using DbConnection connection = onPostgres
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection($"Data Source={DatabaseSetup.DatabasePath(app.DataFolder)};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = onPostgres ? Regex.Replace(sql, @"\$(\w+)", "@$1") : sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            (parameter.ParameterName, parameter.Value) = (onPostgres ? "@" + name.TrimStart('$') : name, value);
            command.Parameters.Add(parameter);
        }
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            // As SQLite gives them: every integer and boolean as a long.
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i) switch { int v => (long)v, short v => (long)v, bool v => v ? 1L : 0L, var v => v };
            rows.Add(row);
        }
        return rows;
    }
}
