using System.Data.Common;

namespace InstaIntel.Api.Persistence;

public static class DbCommandParameters
{
    /// <summary>Adds a parameter whatever the provider (SQLite takes `@`, `$` or `:` names; Npgsql `@` or bare ones).</summary>
    public static void AddParameter(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        (parameter.ParameterName, parameter.Value) = (name, value ?? DBNull.Value);
        command.Parameters.Add(parameter);
    }
}
