using System.Diagnostics;
using InstaIntel.Api.Ingest;
using Microsoft.Data.Sqlite;

namespace InstaIntel.Bench;

/// <summary>
/// The floor for storing a crawl: the same profile rows and (target, profile) pairs, inserted with prepared
/// statements in one transaction into empty tables shaped and indexed like `profiles` and `followers`,
/// under WAL and synchronous=NORMAL. Nothing can store the same data in this schema much faster.
/// With <c>sorted</c>, the stronger floor: the rows go in in key order with a 256 MiB page cache, so every page of
/// the tables and indexes is written once. With <c>searchIndex</c>, the same transaction also fills a search index
/// shaped like the app's (FTS5, trigram, over username and full name): the part of a crawl's completion that the
/// sorted floor leaves out and costs the most.
/// </summary>
public static class FloorBench
{
    public static TimeSpan Run(string path, IReadOnlyList<ProfileData> followers, bool sorted = false, bool searchIndex = false)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, """
            PRAGMA journal_mode=WAL;
            PRAGMA synchronous=NORMAL;
            CREATE TABLE profiles (pk INTEGER NOT NULL PRIMARY KEY, username TEXT NOT NULL, full_name TEXT NOT NULL,
                profile_pic_url TEXT NULL, is_verified INTEGER NOT NULL, is_private INTEGER NOT NULL, updated_at TEXT NOT NULL);
            CREATE INDEX ix_profiles_username ON profiles (username);
            CREATE TABLE edges (target_id INTEGER NOT NULL, profile_pk INTEGER NOT NULL, PRIMARY KEY (target_id, profile_pk));
            CREATE INDEX ix_edges_profile_pk ON edges (profile_pk);
            """);

        if (sorted)
        {
            Execute(connection, "PRAGMA cache_size=-262144;");
            followers = [.. followers.OrderBy(p => p.Pk)];
        }
        var watch = Stopwatch.StartNew();
        using var tx = connection.BeginTransaction();
        using var profile = Command(connection, tx,
            "INSERT INTO profiles VALUES ($pk, $username, $full_name, $pic, $verified, $private, $now)",
            "$pk", "$username", "$full_name", "$pic", "$verified", "$private", "$now");
        using var edge = Command(connection, tx, "INSERT INTO edges VALUES ($target, $pk)", "$target", "$pk");
        profile.Prepare();
        edge.Prepare();

        var now = DateTime.UtcNow;
        edge.Parameters[0].Value = 1L;
        foreach (var p in followers)
        {
            profile.Parameters[0].Value = p.Pk;
            profile.Parameters[1].Value = p.Username;
            profile.Parameters[2].Value = p.FullName;
            profile.Parameters[3].Value = (object?)p.ProfilePicUrl ?? DBNull.Value;
            profile.Parameters[4].Value = p.IsVerified;
            profile.Parameters[5].Value = p.IsPrivate;
            profile.Parameters[6].Value = now;
            profile.ExecuteNonQuery();
            edge.Parameters[1].Value = p.Pk;
            edge.ExecuteNonQuery();
        }
        if (searchIndex)
            Execute(connection, """
                CREATE VIRTUAL TABLE profile_search USING fts5(username, full_name, content='profiles', content_rowid='pk', tokenize='trigram');
                INSERT INTO profile_search (rowid, username, full_name) SELECT pk, username, full_name FROM profiles ORDER BY pk;
                """, tx);
        tx.Commit();
        return watch.Elapsed;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction tx, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        return command;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
