using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.GraphQL;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Instagram;

/// <summary>Which Instagram sessions are connected, and whether one needs attention.</summary>
public sealed class SessionQueries : ISchemaFeature
{
    public void AddQueries(ObjectGraphType query, NamedTypes types)
    {
        query.Field<NonNullGraphType<SessionStatusType>>("instagramSession")
            .Description("Whether an Instagram session is connected for crawling, and whether it needs attention.")
            .ResolveAsync(async c => await SessionStatus.OfPoolAsync(SessionMutations.Store(c), SessionMutations.Pool(c), c.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConnectedSessionType>>>>("instagramSessions")
            .Description("Every connected session, in the order they were connected.")
            .ResolveAsync(async c => await SessionMutations.Pool(c).ListAsync(c.CancellationToken));
        query.Field<NonNullGraphType<BooleanGraphType>>("demoMode")
            .Description("True when the server crawls the bundled Instagram simulator with its demo session (`scripts/start --demo`), never Instagram.")
            .Resolve(c => c.RequestServices!.GetRequiredService<IOptions<InstagramOptions>>().Value.Demo);
    }
}
