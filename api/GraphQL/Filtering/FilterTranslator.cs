using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL;

namespace InstaIntel.Api.GraphQL.Filtering;

/// <summary>
/// Turns a HotChocolate-shaped `where:` value into an expression over rows. The fields of one object are ANDed,
/// `and: [...]` is AND, `or: [...]` is OR, and `eq: null` means IS NULL. String operations are ordinal.
/// </summary>
public static class FilterTranslator
{
    private static readonly MethodInfo Contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo EndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;

    public static Expression<Func<T, bool>>? Translate<T>(QueryShape<T> shape, IDictionary<string, object?>? where)
    {
        if (where is null) return null;
        var row = Expression.Parameter(typeof(T), "row");
        var body = Object(shape, where, row);
        return body is null ? null : Expression.Lambda<Func<T, bool>>(body, row);
    }

    /// <summary>True when the filter names any of the given fields anywhere in its tree.</summary>
    public static bool Mentions(IDictionary<string, object?>? where, params string[] fields) =>
        where is not null && where.Any(kv =>
            fields.Contains(kv.Key) ||
            (kv.Key is "and" or "or" && kv.Value is IEnumerable list && list.OfType<IDictionary<string, object?>>().Any(w => Mentions(w, fields))));

    private static Expression? Object<T>(QueryShape<T> shape, IDictionary<string, object?> where, ParameterExpression row)
    {
        var parts = new List<Expression>();
        foreach (var (name, value) in where)
        {
            if (value is null) continue;
            switch (name)
            {
                case "and":
                    parts.AddRange(Nested(value).Select(w => Object(shape, w, row)).OfType<Expression>());
                    break;
                case "or":
                    var branches = Nested(value).Select(w => Object(shape, w, row) ?? Expression.Constant(true)).ToList();
                    if (branches.Count > 0) parts.Add(branches.Aggregate(Expression.OrElse));
                    break;
                default:
                    var field = shape.Filters.Single(f => f.Name == name);
                    var member = new ParameterReplacer(field.Member.Parameters[0], row).Visit(field.Member.Body);
                    parts.Add(Operations(member, (IDictionary<string, object?>)value) ?? Expression.Constant(true));
                    break;
            }
        }
        return parts.Count == 0 ? null : parts.Aggregate(Expression.AndAlso);
    }

    private static Expression? Operations(Expression member, IDictionary<string, object?> ops)
    {
        var parts = new List<Expression>();
        foreach (var (op, value) in ops)
        {
            switch (op)
            {
                case "and":
                    parts.AddRange(Nested(value).Select(o => Operations(member, o)).OfType<Expression>());
                    continue;
                case "or":
                    var branches = Nested(value).Select(o => Operations(member, o) ?? Expression.Constant(true)).ToList();
                    if (branches.Count > 0) parts.Add(branches.Aggregate(Expression.OrElse));
                    continue;
            }
            parts.Add(Operation(member, op, value));
        }
        return parts.Count == 0 ? null : parts.Aggregate(Expression.AndAlso);
    }

    private static Expression Operation(Expression member, string op, object? value)
    {
        var negated = op.Length > 1 && op[0] == 'n' && op != "neq" && char.IsLower(op[1]);
        var positive = negated ? char.ToLowerInvariant(op[1]) + op[2..] : op;
        Expression result = positive switch
        {
            "eq" => Expression.Equal(member, Value(member.Type, value)),
            "neq" => Expression.NotEqual(member, Value(member.Type, value)),
            "in" => InList(member, value),
            "gt" => Compare(Expression.GreaterThan, member, value),
            "gte" => Compare(Expression.GreaterThanOrEqual, member, value),
            "lt" => Compare(Expression.LessThan, member, value),
            "lte" => Compare(Expression.LessThanOrEqual, member, value),
            "contains" => StringCall(Contains, member, value),
            "startsWith" => StringCall(StartsWith, member, value),
            "endsWith" => StringCall(EndsWith, member, value),
            _ => throw new ExecutionError($"The filter operation `{op}` is not supported.") { Code = "FILTER_OPERATION_INVALID" },
        };
        return negated ? Expression.Not(result) : result;
    }

    private static Expression Compare(Func<Expression, Expression, BinaryExpression> compare, Expression member, object? value)
    {
        if (value is null)
            throw new ExecutionError("Comparison filters (gt, gte, lt, lte and their negations) need a value, not null.") { Code = "FILTER_VALUE_NULL" };
        return compare(member, Value(member.Type, value));
    }

    private static Expression StringCall(MethodInfo method, Expression member, object? value)
    {
        if (value is not string text)
            throw new ExecutionError($"The filter operation `{method.Name}` needs a string, not null.") { Code = "FILTER_VALUE_NULL" };
        // A null column never matches, as in SQL.
        return Expression.AndAlso(
            Expression.NotEqual(member, Expression.Constant(null, typeof(string))),
            Expression.Call(member, method, Parameter.Of(text, typeof(string))));
    }

    private static Expression InList(Expression member, object? value)
    {
        var listType = typeof(List<>).MakeGenericType(member.Type);
        var list = (IList)Activator.CreateInstance(listType)!;
        foreach (var item in value as IEnumerable ?? Array.Empty<object>()) list.Add(Convert(member.Type, item));
        var contains = listType.GetMethod(nameof(List<int>.Contains))!;
        return Expression.Call(Parameter.Of(list, listType), contains, member);
    }

    private static Expression Value(Type type, object? value) => Parameter.Of(Convert(type, value), type);

    private static object? Convert(Type type, object? value)
    {
        if (value is null) return null;
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsEnum) return value is string s ? Enum.Parse(target, s, ignoreCase: true) : Enum.ToObject(target, value);
        if (target == typeof(DateTime) && value is DateTimeOffset offset) return offset.UtcDateTime;
        if (target == typeof(DateTime) && value is DateTime date)
            return date.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : date.ToUniversalTime();
        return System.Convert.ChangeType(value, target);
    }

    private static IEnumerable<IDictionary<string, object?>> Nested(object? value) =>
        (value as IEnumerable)?.OfType<IDictionary<string, object?>>() ?? [];
}

internal sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
}
