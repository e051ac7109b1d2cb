using GraphQL.Validation;
using GraphQLParser.AST;
using InstaIntel.Api.GraphQL.Transport;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Security;

/// <summary>
/// Refuses a document past its budget (<see cref="DocumentBudget"/>), or with too many fragments or fields, before the
/// spec's rules see it. Some of those rules compare every pair of same-named fields, directives or arguments, and do
/// not watch the timeout or the client leaving, so a document must be known to be small before they run; a rule of
/// our own would run beside them, too late. While they run, <see cref="ValidationWatch"/> stops them at the error cap
/// or the timeout.
/// </summary>
public sealed class SizeLimitedDocumentValidator(IOptions<GraphQLLimits> limits) : IDocumentValidator
{
    private readonly DocumentValidator rules = new();

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        var max = limits.Value;
        var watched = options with { Rules = [.. options.Rules ?? DocumentValidator.CoreRules, new ValidationWatch(max.MaxErrors)] };
        return ValidateWithinBudgetAsync(watched, max);
    }

    private async Task<IValidationResult> ValidateWithinBudgetAsync(ValidationOptions options, GraphQLLimits max)
    {
        if (await DocumentBudget.OverAsync(options.Document, max) is { } over)
            return Refuse(over.Code, over.Message);
        var fragments = options.Document.Definitions.Count(d => d is GraphQLFragmentDefinition);
        if (fragments > max.MaxFragments)
            return Refuse("TOO_MANY_FRAGMENTS", $"The document defines more than {max.MaxFragments} fragments.");
        if (ExpandedFieldCount.Of(options.Document, max.MaxFields) > max.MaxFields)
            return Refuse("TOO_MANY_FIELDS", $"The document selects more than {max.MaxFields} fields, counting a fragment's fields once per spread.");
        try
        {
            return await rules.ValidateAsync(options);
        }
        catch (ValidationWatch.Stopped stopped)
        {
            return new ValidationResult(stopped.Errors);
        }
    }

    private static IValidationResult Refuse(string code, string message) =>
        new ValidationResult(new ValidationError(message) { Code = code });
}
