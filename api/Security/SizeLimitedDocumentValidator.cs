using GraphQL.Validation;
using GraphQLParser.AST;
using InstaIntel.Api.GraphQL.Transport;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Security;

/// <summary>
/// Refuses a document with too many fragments or fields before the spec's rules see it. Some of those rules compare
/// every pair of same-named fields, and do not watch the timeout or the client leaving, so a document must be known
/// to be small before they run; a rule of our own would run beside them, too late.
/// </summary>
public sealed class SizeLimitedDocumentValidator(IOptions<GraphQLLimits> limits) : IDocumentValidator
{
    private readonly DocumentValidator rules = new();

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        var max = limits.Value;
        var fragments = options.Document.Definitions.Count(d => d is GraphQLFragmentDefinition);
        if (fragments > max.MaxFragments)
            return Refuse("TOO_MANY_FRAGMENTS", $"The document defines more than {max.MaxFragments} fragments.");
        if (ExpandedFieldCount.Of(options.Document, max.MaxFields) > max.MaxFields)
            return Refuse("TOO_MANY_FIELDS", $"The document selects more than {max.MaxFields} fields, counting a fragment's fields once per spread.");
        return rules.ValidateAsync(options);
    }

    private static Task<IValidationResult> Refuse(string code, string message) =>
        Task.FromResult<IValidationResult>(new ValidationResult(new ValidationError(message) { Code = code }));
}
