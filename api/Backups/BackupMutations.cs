using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Errors;
using InstaIntel.Api.Persistence;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Backups;

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
            .Argument(MutationTypes.Input<ScheduleRestoreInput>("ScheduleRestore", i => i.Field<NonNullGraphType<StringGraphType>>("fileName").Description("The backup to restore at the next start.")), "input")
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
