using GraphQL;
using InstaIntel.Api.Persistence;

namespace InstaIntel.Api.GraphQL;

public static class ResolveContextExtensions
{
    /// <summary>The request's database context; queries run serially, so one context serves the whole request.</summary>
    public static InstaIntelDb Db(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<InstaIntelDb>();
}
