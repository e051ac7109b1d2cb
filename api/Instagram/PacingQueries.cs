using GraphQL.Types;
using InstaIntel.Api.GraphQL;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Instagram;

public sealed class PacingType : ObjectGraphType<PacingOptions>
{
    public PacingType()
    {
        Name = "InstagramPacing";
        Description = "How fast each session sends requests to Instagram (`Instagram:Pacing`).";
        Field(x => x.RequestsPerMinute).Description("Requests per minute per session.");
        Field(x => x.RequestsPerHour).Description("Requests per hour per session.");
        Field(x => x.DailyCap).Description("Requests per session in any 24 hours.");
        Field<NonNullGraphType<FloatGraphType>>("jitterSeconds").Description("Up to this much random wait is added before each request.")
            .Resolve(c => c.Source.Jitter.TotalSeconds);
    }
}

/// <summary>The pacing in effect, so the client shows the server's numbers instead of copies of the defaults.</summary>
public sealed class PacingQueries : ISchemaFeature
{
    public void AddQueries(ObjectGraphType query, NamedTypes types) =>
        query.Field<NonNullGraphType<PacingType>>("instagramPacing").Description("The request pacing per session in effect.")
            .Resolve(c => c.RequestServices!.GetRequiredService<IOptions<InstagramOptions>>().Value.Pacing);
}
