using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InstaIntel.Api.Persistence;

/// <summary>
/// Per-connection settings. WAL itself is persistent in the file (set at migration time);
/// synchronous=NORMAL is safe under WAL and is what makes page-by-page commits cheap.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const string Sql = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }
}
