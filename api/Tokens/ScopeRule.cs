using GraphQL.Validation;
using GraphQLParser.AST;

namespace InstaIntel.Api.Tokens;

/// <summary>
/// A token runs only root fields its scopes cover (<see cref="RootFieldScopes"/>); any other is a validation error
/// `SCOPE_MISSING` whose `scope` extension names the scope needed. Every operation a token runs is logged with its
/// name, never with the secret.
/// </summary>
public sealed class ScopeRule(ILogger<ScopeRule> log) : ValidationRuleBase
{
    public const string Code = "SCOPE_MISSING";

    public static string Missing(TokenScope scope, string what) =>
        $"This API token lacks the `{scope.Name()}` scope, which {what} needs. Create a token with it in Settings → API tokens.";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (!TokenGate.IsToken(context.User)) return default;
        var user = context.User!;
        var scopes = user.FindAll(TokenGate.ScopeClaim).Select(c => c.Value).ToHashSet();
        log.LogInformation("API token {Name} (#{Id}) from {Client}: {Operation} {OperationName}", user.FindFirst(TokenGate.TokenNameClaim)?.Value,
            user.FindFirst(TokenGate.TokenIdClaim)?.Value, user.FindFirst(TokenGate.ClientClaim)?.Value,
            context.Operation.Operation.ToString().ToLowerInvariant(), context.Operation.Name?.StringValue ?? "(anonymous)");
        return new ValueTask<INodeVisitor?>(new MatchingNodeVisitor<GraphQLField>((field, c) =>
        {
            var parent = c.TypeInfo.GetParentType();
            var operation = parent == c.Schema.Query ? OperationType.Query
                : parent == c.Schema.Mutation ? OperationType.Mutation
                : parent == c.Schema.Subscription ? OperationType.Subscription
                : (OperationType?)null;
            var name = field.Name.StringValue;
            if (operation is null || name == "__typename") return;
            var needed = RootFieldScopes.For(operation.Value, name);
            if (scopes.Contains(needed.Name())) return;
            var error = new ValidationError(Missing(needed, $"`{name}`")) { Code = Code };
            error.Data["scope"] = needed.Name();
            c.ReportError(error);
        }));
    }
}
