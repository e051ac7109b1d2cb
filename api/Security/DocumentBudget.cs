using GraphQLParser.AST;
using GraphQLParser.Visitors;
using InstaIntel.Api.GraphQL.Transport;

namespace InstaIntel.Api.Security;

/// <summary>
/// Counts what validation costs grow with, in one walk that stops at the first limit passed. Several of the spec's
/// rules compare every directive or argument of a node with every other, and every error they report scans the
/// document up to its node to find its line: 40,000 repeated directives cost 24 s of CPU to refuse that way.
/// </summary>
public sealed class DocumentBudget : ASTVisitor<DocumentBudget.Walk>
{
    private static readonly DocumentBudget Instance = new();

    /// <summary>The first limit the document passes, as an error code and message; null when it is within all of them.</summary>
    public static async ValueTask<(string Code, string Message)?> OverAsync(GraphQLDocument document, GraphQLLimits limits)
    {
        var walk = new Walk(limits);
        await Instance.VisitAsync(document, walk);
        return walk.Over;
    }

    public override ValueTask VisitAsync(ASTNode? node, Walk walk)
    {
        if (node is null || walk.Over is not null) return default;
        walk.Count(ref walk.Nodes, walk.Limits.MaxNodes, "TOO_MANY_NODES",
            "The document has more than {0} syntax nodes (names, fields, arguments, values…).");
        switch (node)
        {
            case GraphQLDirective:
                walk.Count(ref walk.Directives, walk.Limits.MaxDirectives, "TOO_MANY_DIRECTIVES", "The document uses more than {0} directives.");
                break;
            case GraphQLArgument:
                walk.Count(ref walk.Arguments, walk.Limits.MaxArguments, "TOO_MANY_ARGUMENTS", "The document passes more than {0} arguments (to fields and directives).");
                break;
            case GraphQLVariableDefinition:
                walk.Count(ref walk.Variables, walk.Limits.MaxVariables, "TOO_MANY_VARIABLES", "The document defines more than {0} variables.");
                break;
        }
        return walk.Over is null ? base.VisitAsync(node, walk) : default;
    }

    public sealed class Walk(GraphQLLimits limits) : IASTVisitorContext
    {
        public GraphQLLimits Limits { get; } = limits;
        public int Nodes, Directives, Arguments, Variables;
        public (string Code, string Message)? Over { get; private set; }
        public CancellationToken CancellationToken => default;

        public void Count(ref int counted, int limit, string code, string message)
        {
            if (++counted > limit) Over ??= (code, string.Format(message, limit));
        }
    }
}
