using GraphQL.Types;
using GraphQLParser.AST;
using InstaIntel.Api.Archives;

namespace InstaIntel.Api.GraphQL;

/// <summary>
/// `Upload`: a file sent beside the operation in a multipart request (the GraphQL multipart request spec). The
/// transport spools it to disk and puts it into the variables; it cannot be written inline in a document.
/// </summary>
public sealed class UploadGraphType : ScalarGraphType
{
    public UploadGraphType()
    {
        Name = "Upload";
        Description = "A file sent in a multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec), referenced from the variables.";
    }

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        SpooledFile file => file,
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLNullValue ? null : ThrowLiteralConversionError(value,
        "files are sent as parts of a multipart request and referenced from the variables");

    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLNullValue;

    public override object? Serialize(object? value) => value is SpooledFile file ? file.Name : null;
}
