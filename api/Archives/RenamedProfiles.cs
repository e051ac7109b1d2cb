using System.Data.Common;
using InstaIntel.Api.Followers;
using InstaIntel.Api.Persistence;
using Npgsql;

namespace InstaIntel.Api.Archives;

/// <summary>
/// Finds the username-only people of an archive who changed their username before the crawl, without a request.
/// Instagram lists followers and following newest first, and the archive dates each relation, so a renamed person keeps
/// their place: they sit between the same two neighbours in both lists. Between two neighbours both lists share (and
/// below the oldest), nobody can be new; so when such a gap holds as many unmatched archive people as unseen crawl
/// profiles, they are the same people in the same order (docs/instagram-shapes.md on list order). Above the newest shared neighbour new followers mix in, and a
/// gap whose counts differ is left alone: nobody is guessed.
/// </summary>
public static class RenamedProfiles
{
    /// <summary>Run inside a crawl's completion, after <see cref="UsernameOnlyProfiles.MoveAdoptedSql"/> and before its delta.</summary>
    public static async Task AdoptAsync(DbConnection connection, DbTransaction tx, long crawlId, long targetId, FollowList list, CancellationToken ct)
    {
        var table = EdgeTables.ViewOf(list);
        var archived = await ReadAsync(connection, tx, $"""
            SELECT profile_pk FROM {table} WHERE target_id = @target AND lost_in_crawl_id IS NULL AND followed_at IS NOT NULL
            AND EXISTS (SELECT 1 FROM {table} WHERE target_id = @target AND profile_pk < 0 AND lost_in_crawl_id IS NULL)
            ORDER BY followed_at DESC, profile_pk
            """, crawlId, targetId, list, ct);
        if (!archived.Any(UsernameOnlyProfiles.Is)) return;

        var crawled = await ReadAsync(connection, tx,
            "SELECT profile_pk FROM staged_profiles WHERE crawl_id = @id AND list = @list ORDER BY id", crawlId, targetId, list, ct);
        var known = (await ReadAsync(connection, tx,
            $"SELECT profile_pk FROM {table} WHERE target_id = @target AND lost_in_crawl_id IS NULL", crawlId, targetId, list, ct)).ToHashSet();
        var pairs = Pair(archived, crawled, known);
        if (pairs.Count == 0) return;

        await using var adopt = connection.CreateCommand();
        adopt.Transaction = tx;
        if (connection is NpgsqlConnection)
        {
            adopt.CommandText = "DELETE FROM adopted_profiles; INSERT INTO adopted_profiles (placeholder, pk) SELECT * FROM unnest(@placeholders, @pks);"
                + UsernameOnlyProfiles.MoveAdoptedSqlPostgres;
            adopt.Parameters.Add(new NpgsqlParameter("placeholders", pairs.Select(p => p.Placeholder).ToArray()));
            adopt.Parameters.Add(new NpgsqlParameter("pks", pairs.Select(p => p.Pk).ToArray()));
        }
        else
        {
            adopt.CommandText = "DELETE FROM adopted_profiles; INSERT INTO adopted_profiles (placeholder, pk) SELECT value ->> 0, value ->> 1 FROM json_each(@pairs);"
                + UsernameOnlyProfiles.MoveAdoptedSql;
            adopt.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter("@pairs", System.Text.Json.JsonSerializer.Serialize(pairs.Select(p => new[] { p.Placeholder, p.Pk }))));
        }
        await adopt.ExecuteNonQueryAsync(ct);
    }

    /// <param name="archived">The dated relations, newest first; negative pks are the unmatched archive people.</param>
    /// <param name="crawled">The crawl's list in Instagram's order, newest first.</param>
    /// <param name="known">Everyone the account's list already holds: a crawl profile outside it is unseen.</param>
    public static List<(long Placeholder, long Pk)> Pair(IReadOnlyList<long> archived, IReadOnlyList<long> crawled, IReadOnlySet<long> known)
    {
        var rank = new Dictionary<long, int>(crawled.Count);
        for (var i = 0; i < crawled.Count; i++) rank.TryAdd(crawled[i], i);

        var pairs = new List<(long, long)>();
        var placeholders = new List<long>();
        int? newer = null;
        int anchors = 0, moved = 0;
        foreach (var pk in archived.Append(long.MaxValue))
        {
            if (UsernameOnlyProfiles.Is(pk))
            {
                placeholders.Add(pk);
                continue;
            }
            var end = pk == long.MaxValue ? crawled.Count : rank.GetValueOrDefault(pk, -1);
            if (end < 0) continue; // gone from the crawl (lost): not a shared neighbour
            if (newer is { } start)
            {
                if (end <= start)
                {
                    moved++; // a re-follow goes to the top: not a neighbour either
                    continue;
                }
                var unseen = crawled.Skip(start + 1).Take(end - start - 1).Where(p => !known.Contains(p)).Distinct().ToList();
                if (unseen.Count == placeholders.Count) pairs.AddRange(placeholders.Zip(unseen));
            }
            placeholders.Clear();
            newer = end;
            anchors++;
        }
        // Instagram has served lists out of date order at times: then places mean nothing and nobody is paired.
        return moved > 1 && moved * 20 > anchors ? [] : pairs;
    }

    private static async Task<List<long>> ReadAsync(DbConnection connection, DbTransaction tx, string sql, long crawlId, long targetId, FollowList list, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in new (string, object)[] { ("@id", crawlId), ("@target", targetId), ("@list", (int)list) })
            if (sql.Contains(name, StringComparison.Ordinal)) command.AddParameter(name, value);
        var pks = new List<long>();
        await using var rows = await command.ExecuteReaderAsync(ct);
        while (await rows.ReadAsync(ct)) pks.Add(rows.GetInt64(0));
        return pks;
    }
}
