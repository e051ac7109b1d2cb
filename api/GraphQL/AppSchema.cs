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
        // Introspection as the October 2021 spec and today's IDEs and codegen ask for it: `__Directive.isRepeatable`,
        // and `includeDeprecated` on arguments and input fields with their `isDeprecated`/`deprecationReason`.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        RegisterVisitor(new IntrospectionCompletion());
        // Node implementations are reachable only through the interface from `node`, so name them here.
        foreach (var type in SchemaFeatures.Nodes.GraphTypes) RegisterType(type);
        this.RegisterTypeMapping<DateTime, UtcDateTimeGraphType>();
    }
}
