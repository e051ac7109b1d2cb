using GraphQL.Validation;
using GraphQLParser.AST;
using InstaIntel.Api.GraphQL.Transport;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Security;

/// <summary>
/// On top of depth and cost: at most so many aliases in one document (aliases let one request ask for the same
/// expensive field many times), and introspection only for trusted or unlocked clients. The document's size is
/// checked before any rule runs, by <see cref="SizeLimitedDocumentValidator"/>.
/// </summary>
public sealed class DocumentLimitsRule(IOptions<GraphQLLimits> limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var max = limits.Value;
        var aliases = 0;
        var visitors = new List<INodeVisitor>
        {
            new MatchingNodeVisitor<GraphQLField>((field, c) =>
            {
                if (field.Alias is not null && ++aliases == max.MaxAliases + 1)
                    c.ReportError(new ValidationError($"The document uses more than {max.MaxAliases} aliases.") { Code = "TOO_MANY_ALIASES" });
            }),
        };
        if (context.User?.HasClaim(c => c.Type == AccessGate.AccessClaim) != true)
            visitors.Add(new MatchingNodeVisitor<GraphQLField>((field, c) =>
            {
                if (field.Name.StringValue is "__schema" or "__type")
                    c.ReportError(new ValidationError("Introspection is only for trusted or unlocked clients.") { Code = "INTROSPECTION_FORBIDDEN" });
            }));
        return new ValueTask<INodeVisitor?>(new NodeVisitors(visitors.ToArray()));
    }
}
