namespace InstaIntel.Api.Backups;

/// <summary>`GET /backups/{fileName}`: one archive of the backups folder, behind the same access gate as the API.</summary>
public static class BackupDownload
{
    public static void MapBackupDownloads(this IEndpointRouteBuilder app) => app.MapGet("/backups/{fileName}", (string fileName, BackupService backups) =>
        backups.Find(fileName) is { } path
            ? Results.File(path, fileName.EndsWith(Backup.PgDumpSuffix) ? "application/octet-stream" : "application/gzip", fileName)
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such backup",
                detail: $"`{fileName}` is not a backup in the data folder's backups/; the `backups` query lists them."));
}
