using GraphQL.Types;
using InstaIntel.Api.GraphQL;

namespace InstaIntel.Api.Dashboard;

public sealed class DashboardQueries : ISchemaFeature
{
    public void AddQueries(ObjectGraphType query, NamedTypes types) =>
        query.Field<NonNullGraphType<DashboardType>>("dashboard").Description("The totals the dashboard shows.").Resolve(c => c.Db());
}
