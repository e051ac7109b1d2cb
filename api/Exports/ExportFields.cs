using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.Followers;
using InstaIntel.Api.GraphQL;

namespace InstaIntel.Api.Exports;

public sealed class FollowerViewGraphType : EnumerationGraphType<FollowerView>
{
    public FollowerViewGraphType() => Description = "A list of a tracked account: its followers, following, mutuals, fans or those it follows who do not follow back.";
}

public sealed class ExportFormatGraphType : EnumerationGraphType<ExportFormat>
{
    public ExportFormatGraphType() => Description = "CSV (UTF-8 with BOM), XLSX or JSON (an array).";
}

public static class ExportFields
{
    public static void AddExportUrl(this ObjectGraphType<Account> account, NamedTypes types) =>
        account.Field<NonNullGraphType<StringGraphType>>("exportUrl")
            .Description("Where to download a view as a file, filtered and ordered as its connection with the same `where` and `order`. " +
                         "Add `where: { isNew: { eq: true } }` or `{ isLost: { eq: true } }` for those new or lost in the latest crawl.")
            .Argument<NonNullGraphType<FollowerViewGraphType>>("view")
            .Argument<NonNullGraphType<ExportFormatGraphType>>("format")
            .Argument(types.FilterInput(FollowerQueries.Shape), "where", a => a.Validator = GraphQL.Filtering.FilterNesting.Check)
            .Argument(new ListGraphType(new NonNullGraphType(types.SortInput(FollowerQueries.Shape))), "order")
            .Resolve(c =>
            {
                var path = ExportLink.Path(c.Source.Username, c.GetArgument<FollowerView>("view"), c.GetArgument<ExportFormat>("format"),
                    c.GetArgument<object?>("where"), c.GetArgument<object?>("order"));
                var request = c.RequestServices!.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request;
                return request is not null && Security.ValidatedHost.Of(request) is { } host ? $"{request.Scheme}://{host}{request.PathBase}{path}" : path;
            });
}
