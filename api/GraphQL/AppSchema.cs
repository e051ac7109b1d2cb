using GraphQL;
using GraphQL.Types;

namespace InstaIntel.Api.GraphQL;

public sealed class AppSchema : Schema
{
    public AppSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription) : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        // Node implementations are reachable only through the interface from `node`, so name them here.
        foreach (var type in SchemaFeatures.Nodes.GraphTypes) RegisterType(type);
        this.RegisterTypeMapping<DateTime, UtcDateTimeGraphType>();
    }
}
