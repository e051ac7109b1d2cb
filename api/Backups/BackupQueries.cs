using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.GraphQL;

namespace InstaIntel.Api.Backups;

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
