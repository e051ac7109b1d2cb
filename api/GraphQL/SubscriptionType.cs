using GraphQL.Types;

namespace InstaIntel.Api.GraphQL;

/// <summary>Every feature's subscriptions (<see cref="SchemaFeatures"/>).</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        Description = "Live updates over graphql-transport-ws or Server-Sent Events: crawl progress and crawl events.";
        foreach (var feature in SchemaFeatures.All) feature.AddSubscriptions(this);
    }
}
