using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Errors;
using InstaIntel.Api.Persistence;
using Microsoft.Extensions.Options;

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

public sealed record RestoreRefusedError(string Message) : IUserError;

public sealed class RestoreRefusedErrorType() : UserErrorType<RestoreRefusedError>("RestoreRefusedError", "The backup is not one of the listed archives, or fails the checks the CLI restore makes.");

public sealed record RestorePayload(string? PendingRestore, IReadOnlyList<IUserError>? Errors = null) : IPayload;

public sealed record ScheduleRestoreInput(string FileName);

public sealed class BackupQueries : ISchemaFeature
{
    public void AddQueries(ObjectGraphType query, NamedTypes types)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BackupType>>>>("backups").Description("Backups kept in the data folder, newest first.")
            .Resolve(c => c.RequestServices!.GetRequiredService<BackupService>().List());
        query.Field<StringGraphType>("pendingRestore").Description("The backup the next start restores (`scheduleRestore`), or null.")
            .Resolve(c => c.RequestServices!.GetRequiredService<PendingRestore>().Staged);
    }
}

public sealed class BackupMutations : ISchemaFeature
{
    public void AddMutations(ObjectGraphType mutation)
    {
        AddRestore(mutation);
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

    /// <summary>
    /// Why Settings cannot stage a restore on PostgreSQL: a start applies a staged restore, but on PostgreSQL the other
    /// processes (workers, perhaps on other machines) keep the database open, so the restore runs with all stopped.
    /// </summary>
    public static string PostgresRestoreRunsStopped(string fileName) =>
        "On PostgreSQL a restore runs with every InstaIntel process stopped (the API and each worker, which may be on other machines), "
        + $"so it cannot be scheduled from here: stop them all, then run scripts/restore <data>/backups/{fileName} with the app's Database settings.";

    private static void AddRestore(ObjectGraphType mutation)
    {
        var payload = (string name, params Type[] errors) => MutationTypes.Payload<RestorePayload>(name,
            p => p.Field<StringGraphType>("pendingRestore").Resolve(c => c.Source.PendingRestore), errors);

        mutation.Field("scheduleRestore", payload("ScheduleRestore", typeof(RestoreRefusedErrorType)))
            .Description("Checks a listed backup as the CLI restore does (it unpacks, passes SQLite's integrity check and holds this app's tables and migrations) "
                + "and stages it: the next start of InstaIntel replaces the database with it and keeps the replaced one beside it. A running server never swaps its database.")
            .Argument(MutationTypes.Input<ScheduleRestoreInput>("ScheduleRestore", i => i.Field<NonNullGraphType<StringGraphType>>("fileName")), "input")
            .ResolveAsync(async c =>
            {
                var fileName = c.GetArgument<ScheduleRestoreInput>("input").FileName;
                var services = c.RequestServices!;
                if (services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Effective == DatabaseProvider.PostgreSql)
                    return new RestorePayload(null, [new RestoreRefusedError(PostgresRestoreRunsStopped(fileName))]);
                if (services.GetRequiredService<BackupService>().Find(fileName) is not { } archive)
                    return new RestorePayload(null, [new RestoreRefusedError($"`{fileName}` is not one of the backups listed in Settings.")]);
                var pending = services.GetRequiredService<PendingRestore>();
                if (await pending.StageAsync(archive, fileName, c.CancellationToken) is { } problem)
                    return new RestorePayload(pending.Staged, [new RestoreRefusedError($"{fileName} cannot be restored: {problem}.")]);
                return new RestorePayload(pending.Staged);
            });

        mutation.Field("cancelRestore", payload("CancelRestore"))
            .Description("Unstages the restore `scheduleRestore` prepared; the database stays as it is.")
            .Resolve(c =>
            {
                var pending = c.RequestServices!.GetRequiredService<PendingRestore>();
                pending.Cancel();
                return new RestorePayload(pending.Staged);
            });
    }
}
