using Microsoft.AspNetCore.Http.Features;

namespace InstaIntel.Api.Security;

/// <summary>
/// How a connection that outlives one answer learns that the access it was let in with has ended: an unlock expired
/// or revoked by `POST /lock`, a token revoked or expired. The gate that let the request in sets it; a WebSocket
/// (<see cref="RevocableWebSocket"/>) asks at every message, an event stream at every event and every second.
/// </summary>
public sealed class AccessRevocation(Func<Revocation?> revoked)
{
    public Revocation? Now() => revoked();

    /// <summary>Makes the request's sockets and streams end once <paramref name="revoked"/> names a revocation.</summary>
    public static void Watch(HttpContext http, Func<Revocation?> revoked)
    {
        http.Features.Set(new AccessRevocation(revoked));
        if (http.Features.Get<IHttpWebSocketFeature>() is { IsWebSocketRequest: true } webSockets)
            http.Features.Set<IHttpWebSocketFeature>(new RevocableWebSocket.Feature(webSockets, revoked));
    }
}
