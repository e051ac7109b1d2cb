using GraphQL.Types;

namespace InstaIntel.Api.GraphQL.Errors;

/// <summary>A mutation's result: what it changed, or the typed errors that explain why not.</summary>
public interface IPayload
{
    IReadOnlyList<IUserError>? Errors { get; }
}

/// <summary>Builders for HotChocolate's mutation conventions: `XInput`, `XPayload { …, errors: [XError!] }`, `union XError`.</summary>
public static class MutationTypes
{
    public static IGraphType Payload<TPayload>(string mutation, Action<ObjectGraphType<TPayload>> fields, params Type[] errorTypes)
        where TPayload : IPayload
    {
        var payload = new ObjectGraphType<TPayload> { Name = $"{mutation}Payload" };
        fields(payload);
        if (errorTypes.Length > 0)
        {
            var errors = new UnionGraphType { Name = $"{mutation}Error" };
            foreach (var type in errorTypes) errors.Type(type);
            payload.Field("errors", new ListGraphType(new NonNullGraphType(errors))).Resolve(c => c.Source.Errors);
        }
        return new NonNullGraphType(payload);
    }

    /// <summary>`{mutation}Input`, read by resolvers as <typeparamref name="TInput"/> (`GetArgument&lt;TInput&gt;("input")`).</summary>
    public static IGraphType Input<TInput>(string mutation, Action<InputObjectGraphType<TInput>> fields)
    {
        var input = new InputObjectGraphType<TInput> { Name = $"{mutation}Input" };
        fields(input);
        return new NonNullGraphType(input);
    }
}
