using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.GraphQL;

namespace InstaIntel.Api.Insights;

public sealed class SearchQueries : ISchemaFeature
{
    public void AddQueries(ObjectGraphType query, NamedTypes types) =>
        query.Field<NonNullGraphType<SearchResultsType>>("search")
            .Description("Tracked accounts and stored profiles whose handle or full name contains `text` (case-insensitive; a leading @ is ignored). " +
                $"Text shorter than {Search.MinSubstringLength} characters matches handles by prefix only.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<NonNullGraphType<IntGraphType>>("first", a => a.DefaultValue = 10)
            .ResolveAsync(async c =>
            {
                var first = c.GetArgument<int>("first");
                if (first is < 0 or > Search.MaxFirst) throw new ExecutionError($"`first` must be between 0 and {Search.MaxFirst}.") { Code = "INVALID_ARGUMENT" };
                return await Search.RunAsync(c.Db(), c.GetArgument<string>("text"), first, c.CancellationToken);
            });
}
