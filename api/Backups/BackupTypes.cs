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
        Field(x => x.FileName).Description("The backup's file name in the data folder's backups/.");
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
