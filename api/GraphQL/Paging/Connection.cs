namespace InstaIntel.Api.GraphQL.Paging;

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>One page of a connection. The total is counted only if a query selects it.</summary>
public sealed class Connection<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> count)
{
    public IReadOnlyList<Edge<T>> Edges { get; } = edges;
    public PageInfo PageInfo { get; } = pageInfo;
    public Task<int> CountAsync(CancellationToken ct) => count(ct);
}
