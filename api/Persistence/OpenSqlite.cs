using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace InstaIntel.Api.Persistence;

public static class OpenSqlite
{
    /// <summary>The context's own connection, opened (EF keeps it open until the context ends), for raw SQLite statements.</summary>
    public static async Task<SqliteConnection> OpenSqliteAsync(this DatabaseFacade database, CancellationToken ct)
    {
        await database.OpenConnectionAsync(ct);
        return (SqliteConnection)database.GetDbConnection();
    }
}
