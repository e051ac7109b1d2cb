using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Errors;
using InstaIntel.Api.GraphQL.Relay;

namespace InstaIntel.Api.Tokens;

public sealed record CreateApiTokenInput(string Name, List<TokenScope> Scopes, DateTime? ExpiresAt);

public sealed record RevokeApiTokenInput(string Id);

public sealed record CreateApiTokenPayload(ApiToken? ApiToken, string? Secret, IReadOnlyList<IUserError>? Errors = null) : IPayload;

public sealed record RevokeApiTokenPayload(ApiToken? ApiToken, IReadOnlyList<IUserError>? Errors = null) : IPayload;

/// <summary>Creating and revoking API tokens (`admin`: see <see cref="RootFieldScopes"/>).</summary>
public sealed class ApiTokenMutations : ISchemaFeature
{
    public const int MaxNameLength = 80;

    public void AddMutations(ObjectGraphType mutation)
    {
        var created = MutationTypes.Payload<CreateApiTokenPayload>("CreateApiToken", p =>
        {
            p.Field<ApiTokenType>("apiToken").Description("The new token.").Resolve(c => c.Source.ApiToken);
            p.Field<StringGraphType>("secret").Description("The token's secret (`ii_…`): shown this once, never stored. Send it as `Authorization: Bearer <secret>`.")
                .Resolve(c => c.Source.Secret);
        }, typeof(InvalidApiTokenErrorType));
        mutation.Field("createApiToken", created)
            .Description("Creates an API token for a tool and returns its secret, once.")
            .Argument(MutationTypes.Input<CreateApiTokenInput>("CreateApiToken", i =>
            {
                i.Field<NonNullGraphType<StringGraphType>>("name").Description($"What the token is for, e.g. `Home Assistant` (up to {MaxNameLength} characters).");
                i.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiTokenScopeType>>>>("scopes").Description("What the token may do; at least one.");
                i.Field<UtcDateTimeGraphType>("expiresAt").Description("When it stops working; omit for never.");
            }), "input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreateApiTokenInput>("input");
                var tokens = Tokens(c);
                var name = input.Name.Trim();
                if (name.Length is 0 or > MaxNameLength)
                    return Invalid($"Give the token a name of 1 to {MaxNameLength} characters, saying what it is for.", "name");
                if (input.Scopes.Count == 0)
                    return Invalid("Give the token at least one scope: READ, CRAWL or ADMIN.", "scopes");
                var expires = input.ExpiresAt is { } at ? DateTime.SpecifyKind(at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : at, DateTimeKind.Utc) : (DateTime?)null;
                if (expires <= tokens.Now)
                    return Invalid("The expiry is in the past: pick a later time, or none.", "expiresAt");
                var (token, secret) = await tokens.CreateAsync(name, input.Scopes, expires, c.CancellationToken);
                return new CreateApiTokenPayload(token, secret);
            });

        var revoked = MutationTypes.Payload<RevokeApiTokenPayload>("RevokeApiToken",
            p => p.Field<ApiTokenType>("apiToken").Description("The revoked token.").Resolve(c => c.Source.ApiToken), typeof(ApiTokenNotFoundErrorType));
        mutation.Field("revokeApiToken", revoked)
            .Description("Revokes an API token at once: its next request gets 401 and its open sockets close (4403) at their next message.")
            .Argument(MutationTypes.Input<RevokeApiTokenInput>("RevokeApiToken", i => i.Field<NonNullGraphType<IdGraphType>>("id").Description("The token's ID.")), "input")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<RevokeApiTokenInput>("input").Id;
                var token = GlobalId.KeyOf(id, ApiTokenType.TypeName) is { } key ? await Tokens(c).RevokeAsync(key, c.CancellationToken) : null;
                return token is null
                    ? new RevokeApiTokenPayload(null, [new ApiTokenNotFoundError($"No API token has the ID `{id}`.", id)])
                    : new RevokeApiTokenPayload(token);
            });
    }

    private static CreateApiTokenPayload Invalid(string message, string field) => new(null, null, [new InvalidApiTokenError(message, field)]);

    internal static ApiTokens Tokens(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<ApiTokens>();
}
