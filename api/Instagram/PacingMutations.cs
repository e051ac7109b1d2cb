using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Errors;
using InstaIntel.Api.Persistence;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Instagram;

/// <summary>A session's pacing as its next request finds it, its requests of the last 24 hours, and the settings that cap it.</summary>
public sealed record SessionPacing(int RequestsPerMinute, int RequestsPerHour, int DailyCap, int UsedToday, PacingOptions Ceilings)
{
    public static async Task<SessionPacing> OfAsync(IServiceProvider services, SessionState session, CancellationToken ct)
    {
        var ceilings = services.GetRequiredService<IOptions<InstagramOptions>>().Value.Pacing;
        var limits = PaceLimits.Of(ceilings, FollowSource.WebApi, session.RequestsPerMinute, session.RequestsPerHour, session.DailyCap);
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var used = await RequestLedger.UsedTodayAsync(scope.ServiceProvider.GetRequiredService<InstaIntelDb>(), session.Key, now, ct);
        return new(limits.RequestsPerMinute, limits.RequestsPerHour, limits.DailyCap, used, ceilings);
    }
}

public sealed class SessionPacingType : ObjectGraphType<SessionPacing>
{
    public SessionPacingType()
    {
        Name = "SessionPacing";
        Description = "How fast this session sends requests: its own limits in Settings, never above the server's (`ceilings`).";
        Field(x => x.RequestsPerMinute).Description("Requests per minute; the gaps between them are drawn around this mean, not even.");
        Field(x => x.RequestsPerHour).Description("Requests in any hour.");
        Field(x => x.DailyCap).Description("Requests in any 24 hours; past it crawls on the session pause until the oldest is a day old.");
        Field(x => x.UsedToday).Description("Requests sent (or reserved) in the last 24 hours, by every process.");
        Field<NonNullGraphType<PacingType>>("ceilings").Description("The server's pacing (`Instagram:Pacing`): the most each value may be.")
            .Resolve(c => c.Source.Ceilings);
    }
}

public sealed record InvalidPacingError(string Message) : IUserError;

public sealed class InvalidPacingErrorType() : UserErrorType<InvalidPacingError>("InvalidPacingError", "A pacing value below 1.");

public sealed record SetSessionPacingInput(string Id, int? RequestsPerMinute, int? RequestsPerHour, int? DailyCap);

/// <summary>Slowing one session down from Settings; every process applies it from its next request.</summary>
public sealed class PacingMutations : ISchemaFeature
{
    public void AddMutations(ObjectGraphType mutation) =>
        mutation.Field("setSessionPacing", MutationTypes.Payload<ConnectedSessionPayload>("SetSessionPacing",
                p => p.Field<ConnectedSessionType>("session").Resolve(c => c.Source.Session), typeof(InvalidPacingErrorType), typeof(InvalidSessionErrorType)))
            .Description("Sets one session's requests per minute, per hour and per 24 hours. A value above the server's `Instagram:Pacing` is "
                + "lowered to it (a session may go slower, never faster); a value left out or null follows the setting.")
            .Argument(MutationTypes.Input<SetSessionPacingInput>("SetSessionPacing", i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("id").Description("The session's `id` in `instagramSessions`.");
                i.Field<IntGraphType>("requestsPerMinute").Description("At least 1; null follows `Instagram:Pacing:RequestsPerMinute`.");
                i.Field<IntGraphType>("requestsPerHour").Description("At least 1; null follows `Instagram:Pacing:RequestsPerHour`.");
                i.Field<IntGraphType>("dailyCap").Description("Requests in any 24 hours, at least 1; null follows `Instagram:Pacing:DailyCap`.");
            }), "input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SetSessionPacingInput>("input");
                var invalid = new[] { ("requestsPerMinute", input.RequestsPerMinute), ("requestsPerHour", input.RequestsPerHour), ("dailyCap", input.DailyCap) }
                    .Where(v => v.Item2 < 1).Select(v => (IUserError)new InvalidPacingError(
                        $"{v.Item1} is {v.Item2}: it must be 1 or more. To follow the server's setting instead, leave it out.")).ToList();
                if (invalid.Count > 0) return new ConnectedSessionPayload(null, invalid);
                var pool = SessionMutations.Pool(c);
                if ((await pool.ListAsync(c.CancellationToken)).All(s => s.Key != input.Id))
                    return new ConnectedSessionPayload(null, [InvalidSessionError.Unknown(input.Id)]);
                var ceilings = c.RequestServices!.GetRequiredService<IOptions<InstagramOptions>>().Value.Pacing;
                var session = await pool.SetPacingAsync(input.Id,
                    Below(input.RequestsPerMinute, ceilings.RequestsPerMinute), Below(input.RequestsPerHour, ceilings.RequestsPerHour), Below(input.DailyCap, ceilings.DailyCap),
                    c.CancellationToken);
                return new ConnectedSessionPayload(session);
            });

    private static int? Below(int? wanted, int ceiling) => wanted is { } value ? Math.Min(value, ceiling) : null;
}
