using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.Profiles;
using InstaIntel.Api.Scrapes;

namespace InstaIntel.Api.GraphQL;

public sealed class AppSchema : Schema
{
    public AppSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription) : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        // Node implementations are reachable only through the interface from `node`, so name them here.
        RegisterType(typeof(ProfileType));
        RegisterType(typeof(AccountType));
        RegisterType(typeof(ScrapeType));
        this.RegisterTypeMapping<DateTime, UtcDateTimeGraphType>();
    }
}
