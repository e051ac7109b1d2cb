using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Relay;

namespace InstaIntel.Api.Insights;

public sealed class NetworkQueries : ISchemaFeature
{
    public void AddQueries(ObjectGraphType query, NamedTypes types) =>
        query.Field<NonNullGraphType<NetworkType>>("network")
            .Description("Tracked accounts and the profiles related (follows, followed by, mutual) to at least `minShared` of them, computed in SQL.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("accounts", "Account IDs to include; all tracked accounts when omitted.")
            .Argument<NonNullGraphType<IntGraphType>>("minShared", a => a.DefaultValue = 2)
            .Argument<NonNullGraphType<IntGraphType>>("maxNodes", a => a.DefaultValue = Network.DefaultMaxNodes)
            .ResolveAsync(async c =>
            {
                var minShared = c.GetArgument<int>("minShared");
                var maxNodes = c.GetArgument<int>("maxNodes");
                if (minShared < 1) throw new ExecutionError("`minShared` must be at least 1.") { Code = "INVALID_ARGUMENT" };
                if (maxNodes is < 1 or > Network.MaxNodes)
                    throw new ExecutionError($"`maxNodes` must be between 1 and {Network.MaxNodes}.") { Code = "INVALID_ARGUMENT" };
                var ids = c.GetArgument<List<string>?>("accounts")?.Select(id => GlobalId.Expect(id, AccountType.TypeName)).ToList();
                return await Network.LoadAsync(c.Db(), ids, minShared, maxNodes, c.CancellationToken);
            });
}
