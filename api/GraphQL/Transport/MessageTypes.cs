namespace InstaIntel.Api.GraphQL.Transport;

/// <summary>
/// The message types of graphql-transport-ws (graphql-ws's PROTOCOL.md), with the rule each obeys here. graphql-sse
/// names its stream's events <see cref="Next"/> and <see cref="Complete"/> after the same two.
/// </summary>
public static class MessageTypes
{
    /// <summary>Client, once and first: a second closes with 4429, none in time with 4408.</summary>
    public const string ConnectionInit = "connection_init";

    /// <summary>Server: the answer to <see cref="ConnectionInit"/>; a subscribe before it closes with 4401.</summary>
    public const string ConnectionAck = "connection_ack";

    /// <summary>Either side, at any time: answered by a <see cref="Pong"/> with the same payload.</summary>
    public const string Ping = "ping";

    /// <summary>Either side: the answer to a <see cref="Ping"/>, or unprompted as a keep-alive.</summary>
    public const string Pong = "pong";

    /// <summary>Client: runs an operation under an id unique on the socket (a repeated one closes with 4409).</summary>
    public const string Subscribe = "subscribe";

    /// <summary>Server: one result of an operation.</summary>
    public const string Next = "next";

    /// <summary>Server: the operation failed, its errors as the payload; nothing follows for its id.</summary>
    public const string Error = "error";

    /// <summary>Either side: the operation is over (the server's results ended, or the client unsubscribed).</summary>
    public const string Complete = "complete";
}
