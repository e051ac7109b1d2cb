using GraphQL.Types;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Errors;
using InstaIntel.Api.GraphQL.Relay;

namespace InstaIntel.Api.Tokens;

public sealed class ApiTokenScopeType : EnumerationGraphType<TokenScope>
{
    public ApiTokenScopeType()
    {
        Name = "ApiTokenScope";
        Description = "What an API token may do; a token holds one or more scopes, and none implies another.";
        Values["READ"]!.Description = "Queries, subscriptions, exports and the schema.";
        Values["CRAWL"]!.Description = "Start and cancel crawls, track and untrack accounts, import data downloads, mark changes reviewed, ignore profiles.";
        Values["ADMIN"]!.Description = "Instagram sessions, backups and restores, API tokens, and every other setting.";
    }
}

public sealed class ApiTokenType : ObjectGraphType<ApiToken>
{
    public const string TypeName = "ApiToken";

    public ApiTokenType()
    {
        Name = TypeName;
        Description = "A personal access token for a tool: sent as `Authorization: Bearer ii_…`. Its secret is shown only once, when it is created.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The token's ID, for `revokeApiToken`.").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field(x => x.Name).Description("What the token is for, as its creator named it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiTokenScopeType>>>>("scopes").Description("What the token may do.")
            .Resolve(c => c.Source.ScopeSet.Order().ToList());
        Field(x => x.SecretEnd).Description("The last four characters of the secret, to tell tokens apart.");
        Field<NonNullGraphType<UtcDateTimeGraphType>>("createdAt").Description("When the token was created.").Resolve(c => c.Source.CreatedAt);
        Field<UtcDateTimeGraphType>("expiresAt").Description("When the token stops working; null for never.").Resolve(c => c.Source.ExpiresAt);
        Field<UtcDateTimeGraphType>("revokedAt").Description("When the token was revoked; null while it is not.").Resolve(c => c.Source.RevokedAt);
        Field<UtcDateTimeGraphType>("lastUsedAt").Description("When the token was last used (to the half minute); null if never.").Resolve(c => c.Source.LastUsedAt);
        Field<StringGraphType>("lastUsedFrom").Description("The client address the token was last used from.").Resolve(c => c.Source.LastUsedFrom);
        Field<NonNullGraphType<BooleanGraphType>>("active").Description("True while the token is neither revoked nor expired.")
            .Resolve(c => c.Source.RevokedAt is null && !(c.Source.ExpiresAt <= c.RequestServices!.GetRequiredService<ApiTokens>().Now));
    }
}

public sealed record InvalidApiTokenError(string Message, string Field) : IUserError;

public sealed class InvalidApiTokenErrorType : UserErrorType<InvalidApiTokenError>
{
    public InvalidApiTokenErrorType() : base("InvalidApiTokenError", "The token could not be created as asked; the message says what to change.") =>
        Field(x => x.Field).Description("The input field at fault: `name`, `scopes` or `expiresAt`.");
}

public sealed record ApiTokenNotFoundError(string Message, string Id) : IUserError;

public sealed class ApiTokenNotFoundErrorType : UserErrorType<ApiTokenNotFoundError>
{
    public ApiTokenNotFoundErrorType() : base("ApiTokenNotFoundError", "No API token has the ID given.") =>
        Field<NonNullGraphType<IdGraphType>>("id").Description("The ID given.").Resolve(c => c.Source.Id);
}
