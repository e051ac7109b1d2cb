using GraphQL.Validation;
using GraphQLParser.AST;

namespace InstaIntel.Api.Security;

/// <summary>
/// Watches the validation walk node by node: stops it once <paramref name="maxErrors"/> errors are reported (the rest
/// would be cut from the answer anyway), and when the request's timeout or the client leaving cancels it, which
/// GraphQL.NET's own rules never check.
/// </summary>
public sealed class ValidationWatch(int maxErrors) : ValidationRuleBase, INodeVisitor
{
    public const string TooManyErrors = "TOO_MANY_ERRORS";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(this);

    public ValueTask EnterAsync(ASTNode node, ValidationContext context)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        if (context.HasErrors && context.Errors.Count() >= maxErrors)
            throw new Stopped([.. context.Errors.Take(maxErrors),
                new ValidationError($"Validation stopped after the first {maxErrors} errors.") { Code = TooManyErrors }]);
        return default;
    }

    public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => default;

    public sealed class Stopped(IReadOnlyList<ValidationError> errors) : Exception
    {
        public IReadOnlyList<ValidationError> Errors { get; } = errors;
    }
}
