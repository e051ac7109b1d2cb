using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Errors;

namespace InstaIntel.Api.Backups;

public sealed class BackupType : ObjectGraphType<Backup>
{
    public BackupType()
    {
        Name = "Backup";
        Description = "A compressed copy of the database in the data folder's `backups/`.";
        Field(x => x.FileName);
        Field(x => x.SizeBytes).Description("The archive's size on disk.");
        Field(x => x.CreatedAt).Description("When the copy was taken.");
    }
}

public sealed record BackupFailedError(string Message) : IUserError;

public sealed class BackupFailedErrorType() : UserErrorType<BackupFailedError>("BackupFailedError", "The backup could not be written, e.g. the disk is full.");

public sealed record CreateBackupPayload(Backup? Backup, IReadOnlyList<IUserError>? Errors = null) : IPayload;

public sealed class BackupQueries : ISchemaFeature
{
    public void AddQueries(ObjectGraphType query, NamedTypes types) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BackupType>>>>("backups").Description("Backups kept in the data folder, newest first.")
            .Resolve(c => c.RequestServices!.GetRequiredService<BackupService>().List());
}

public sealed class BackupMutations : ISchemaFeature
{
    public void AddMutations(ObjectGraphType mutation) =>
        mutation.Field("createBackup", MutationTypes.Payload<CreateBackupPayload>("CreateBackup",
                p => p.Field<BackupType>("backup").Resolve(c => c.Source.Backup), typeof(BackupFailedErrorType)))
            .Description("Takes a consistent copy of the database now, checks it, compresses it into `backups/`, then deletes archives past the retention. A copy that fails its checks is deleted and reported as an error.")
            .ResolveAsync(async c =>
            {
                try
                {
                    return new CreateBackupPayload(await c.RequestServices!.GetRequiredService<BackupService>().CreateAsync(c.CancellationToken));
                }
                catch (BackupFailedException e)
                {
                    return new CreateBackupPayload(null, [new BackupFailedError(e.Message)]);
                }
            });
}
