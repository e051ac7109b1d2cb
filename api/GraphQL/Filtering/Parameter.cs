using System.Linq.Expressions;

namespace InstaIntel.Api.GraphQL.Filtering;

/// <summary>
/// Wraps a value so EF Core sends it as a SQL parameter instead of inlining it: inlined constants would give
/// every cursor and search term its own compiled query.
/// </summary>
public static class Parameter
{
    private sealed class Box<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }

    public static Expression Of(object? value, Type type)
    {
        var boxType = typeof(Box<>).MakeGenericType(type);
        var box = Activator.CreateInstance(boxType, value)!;
        return Expression.Property(Expression.Constant(box), "Value");
    }
}
