using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.Profiles;

namespace InstaIntel.Api.Insights;

public sealed class SearchResultsType : ObjectGraphType<SearchResults>
{
    public SearchResultsType()
    {
        Name = "SearchResults";
        Description = "Matches by handle or full name, prefix matches first.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccountType>>>>("accounts").Description("Tracked accounts.").Resolve(c => c.Source.Accounts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProfileType>>>>("profiles").Description("Every stored profile.").Resolve(c => c.Source.Profiles);
    }
}
