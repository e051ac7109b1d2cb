using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Errors;

namespace InstaIntel.Api.Archives;

public sealed record ImportDataExportInput(SpooledFile File, string? Account);

public sealed record ImportDataExportPayload(ArchiveUploadResult? Result, IReadOnlyList<IUserError>? Errors = null) : IPayload;

public sealed record ArchiveRefusedError(string Message, ArchiveProblem Problem) : IUserError;

public sealed class ArchiveRefusedErrorType : UserErrorType<ArchiveRefusedError>
{
    public ArchiveRefusedErrorType() : base("ArchiveRefusedError", "The upload cannot be imported as Instagram's data download; nothing of it was kept.")
    {
        Field<NonNullGraphType<EnumerationGraphType<ArchiveProblem>>>("problem").Description("What kind of problem the archive has.").Resolve(c => c.Source.Problem);
    }
}

/// <summary>`importDataExport`: the same import as `POST /imports`, for tools that speak the GraphQL multipart request spec.</summary>
public sealed class ArchiveMutations : ISchemaFeature
{
    public void AddMutations(ObjectGraphType mutation) =>
        mutation.Field("importDataExport", MutationTypes.Payload<ImportDataExportPayload>("ImportDataExport", p =>
            {
                p.Field<CrawlType>("crawl").Description("The crawl the archive became, dated when Instagram made it.").Resolve(c => c.Source.Result?.Import.Crawl);
                p.Field<StringGraphType>("account").Description("Whose archive it is.").Resolve(c => c.Source.Result?.Owner);
                p.Field<IntGraphType>("usernameOnly").Description("People no crawl has seen yet: kept by username until one does.")
                    .Resolve(c => c.Source.Result?.Import.UsernameOnly);
                p.Field<BooleanGraphType>("placedInPast").Description("The archive is older than the newest crawl: it only added follow dates.")
                    .Resolve(c => c.Source.Result?.Import.PlacedInPast);
            }, typeof(ArchiveRefusedErrorType)))
            .Description("Imports Instagram's \"Download your information\" archive (the ZIP) as a crawl of its owner. Send it as a multipart request.")
            .Argument(MutationTypes.Input<ImportDataExportInput>("ImportDataExport", i =>
            {
                i.Field<NonNullGraphType<UploadGraphType>>("file").Description("The ZIP as Instagram delivers it.");
                i.Field<StringGraphType>("account").Description("Whose archive it is, when the archive does not say.");
            }), "input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ImportDataExportInput>("input");
                try
                {
                    var result = await c.RequestServices!.GetRequiredService<ArchiveUpload>().ImportAsync([input.File], input.Account, c.CancellationToken);
                    return new ImportDataExportPayload(result);
                }
                catch (ArchiveException e)
                {
                    return new ImportDataExportPayload(null, [new ArchiveRefusedError(e.Message, e.Problem)]);
                }
            });
}
