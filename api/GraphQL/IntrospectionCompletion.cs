using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace InstaIntel.Api.GraphQL;

/// <summary>
/// The parts of introspection (GraphQL, October 2021) that GraphQL.NET 8 does not serve and that IDEs and codegen ask
/// for in their default query (graphql-js's `getIntrospectionQuery` with every option on), failing without them:
/// `__Type.specifiedByURL` (null: no scalar here names a specification) and `includeDeprecated` on
/// `__Directive.args` (no directive argument here is deprecated, so it changes nothing).
/// </summary>
public sealed class IntrospectionCompletion : BaseSchemaNodeVisitor
{
    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        if (type.Name == "__Type" && !type.HasField("specifiedByURL"))
            type.AddField(new FieldType
            {
                Name = "specifiedByURL",
                Description = "A URL to the specification of a custom scalar's behaviour; null for the others.",
                Type = typeof(StringGraphType),
                ResolvedType = schema.AllTypes["String"],
                Resolver = new FuncFieldResolver<object?>(_ => null),
            });
        if (type.Name == "__Directive" && type.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") is null)
        {
            args.Arguments ??= new QueryArguments();
            args.Arguments.Add(new QueryArgument(typeof(BooleanGraphType))
            {
                Name = "includeDeprecated",
                DefaultValue = false,
                ResolvedType = schema.AllTypes["Boolean"],
            });
        }
    }
}
