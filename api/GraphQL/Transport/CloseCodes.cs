using System.Net.WebSockets;

namespace InstaIntel.Api.GraphQL.Transport;

/// <summary>
/// Every code a server socket closes with. The 44xx ones are graphql-transport-ws's (4401 also ends an unlock that
/// expired or was revoked, 4403 a foreign origin); the rest are RFC 6455's.
/// </summary>
public static class CloseCodes
{
    public const WebSocketCloseStatus BadRequest = (WebSocketCloseStatus)4400;
    public const WebSocketCloseStatus Unauthorized = (WebSocketCloseStatus)4401;
    public const WebSocketCloseStatus Forbidden = (WebSocketCloseStatus)4403;
    public const WebSocketCloseStatus SubprotocolNotAcceptable = (WebSocketCloseStatus)4406;
    public const WebSocketCloseStatus ConnectionInitialisationTimeout = (WebSocketCloseStatus)4408;
    public const WebSocketCloseStatus SubscriberAlreadyExists = (WebSocketCloseStatus)4409;
    public const WebSocketCloseStatus TooManyInitialisationRequests = (WebSocketCloseStatus)4429;
    public const WebSocketCloseStatus MessageTooBig = WebSocketCloseStatus.MessageTooBig;
    public const WebSocketCloseStatus ShuttingDown = WebSocketCloseStatus.EndpointUnavailable;

    /// <summary>
    /// The client read too slowly and its socket's queue (`GraphQL:SendQueue`) filled: what was queued is dropped and
    /// the socket closed with RFC 6455's "try again later", which graphql-ws clients answer by reconnecting (and a
    /// resubscribed `crawlProgress` starts from the crawl's state now, so nothing stays stale).
    /// </summary>
    public const WebSocketCloseStatus TooSlow = (WebSocketCloseStatus)1013;
}
