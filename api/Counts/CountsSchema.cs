using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Errors;
using InstaIntel.Api.GraphQL.Relay;

namespace InstaIntel.Api.Counts;

public sealed class CountsQueries : ISchemaFeature
{
    public void AddQueries(ObjectGraphType query, NamedTypes types) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RankingType>>>>("rankings")
            .Description("Tracked accounts with follower readings, ranked by `by`, largest first; accounts without that measure (a single reading) come last.")
            .Argument<NonNullGraphType<RankByGraphType>>("by", a => a.DefaultValue = RankBy.Followers)
            .Argument<NonNullGraphType<IntGraphType>>("first", a => a.DefaultValue = 100)
            .ResolveAsync(async c =>
            {
                var first = c.GetArgument<int>("first");
                if (first < 0) throw new ExecutionError("The requested number of values per page must be at least 0.") { Code = "HC0079" };
                if (first > Rankings.MaxFirst) throw new ExecutionError("The maximum allowed items per page were exceeded.") { Code = "HC0051" };
                var now = c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
                return await Rankings.RankAsync(c.Db(), c.GetArgument<RankBy>("by"), first, now, c.CancellationToken);
            });
}

public sealed record SetTrackingLevelInput(string AccountId, TrackingLevel Level);

public sealed record ImportCountsInput(string AccountId, string Csv);

public sealed record TrackingLevelPayload(Account? Account, IReadOnlyList<IUserError>? Errors = null) : IPayload;

public sealed record ImportCountsPayload(Account? Account, int Imported, IReadOnlyList<IUserError>? Errors = null) : IPayload;

public sealed record RunCountsPayload(CountsRun Run) : IPayload
{
    public IReadOnlyList<IUserError>? Errors => null;
}

public sealed record InvalidCountsCsvError(string Message, int Line) : IUserError;

public sealed class InvalidCountsCsvErrorType : UserErrorType<InvalidCountsCsvError>
{
    public InvalidCountsCsvErrorType() : base("InvalidCountsCsvError", "A line of the counts CSV cannot be read; nothing was imported.")
    {
        Field(x => x.Line).Description("The first line that is wrong, counting from 1.");
    }
}

public sealed class CountsMutations : ISchemaFeature
{
    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field("setTrackingLevel", MutationTypes.Payload<TrackingLevelPayload>("SetTrackingLevel",
                p => p.Field<AccountType>("account").Resolve(c => c.Source.Account), typeof(AccountNotFoundErrorType)))
            .Description("Watches only an account's counts (COUNTS) or also crawls its lists (LISTS). Starting a crawl sets LISTS by itself.")
            .Argument(MutationTypes.Input<SetTrackingLevelInput>("SetTrackingLevel", i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("accountId");
                i.Field<NonNullGraphType<TrackingLevelGraphType>>("level").Description("The tracking level to set.");
            }), "input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SetTrackingLevelInput>("input");
                var account = GlobalId.KeyOf(input.AccountId, AccountType.TypeName) is { } id
                    ? await TrackingLevels.SetAsync(c.Db(), id, input.Level, c.CancellationToken)
                    : null;
                return account is null ? new TrackingLevelPayload(null, [NotFound(input.AccountId)]) : new TrackingLevelPayload(account);
            });

        mutation.Field("importCounts", MutationTypes.Payload<ImportCountsPayload>("ImportCounts", p =>
                {
                    p.Field<AccountType>("account").Resolve(c => c.Source.Account);
                    p.Field<NonNullGraphType<IntGraphType>>("imported").Description("Days (or moments) imported.").Resolve(c => c.Source.Imported);
                }, typeof(AccountNotFoundErrorType), typeof(InvalidCountsCsvErrorType)))
            .Description("Seeds an account's counts from a CSV of `date,followers[,following,posts]` (header optional, dates yyyy-MM-dd). "
                + "A date imported again replaces its imported reading; a wrong line keeps nothing.")
            .Argument(MutationTypes.Input<ImportCountsInput>("ImportCounts", i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("accountId");
                i.Field<NonNullGraphType<StringGraphType>>("csv").Description("The file's text.");
            }), "input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ImportCountsInput>("input");
                var db = c.Db();
                var account = GlobalId.KeyOf(input.AccountId, AccountType.TypeName) is { } id ? await db.Accounts.FindAsync([id], c.CancellationToken) : null;
                if (account is null) return new ImportCountsPayload(null, 0, [NotFound(input.AccountId)]);
                try
                {
                    var points = CountsImport.Parse(account.Id, input.Csv);
                    return new ImportCountsPayload(account, await CountsImport.SaveAsync(db, account.Id, points, c.CancellationToken));
                }
                catch (CountsCsvException e)
                {
                    return new ImportCountsPayload(account, 0, [new InvalidCountsCsvError(e.Message, e.Line)]);
                }
            });

        mutation.Field("runCountsNow", MutationTypes.Payload<RunCountsPayload>("RunCountsNow", p =>
                {
                    p.Field<NonNullGraphType<IntGraphType>>("read").Description("Accounts whose counts were read.").Resolve(c => c.Source.Run.Read);
                    p.Field<NonNullGraphType<IntGraphType>>("failed").Resolve(c => c.Source.Run.Failed);
                    p.Field<NonNullGraphType<IntGraphType>>("renamed").Resolve(c => c.Source.Run.Renamed);
                    p.Field<StringGraphType>("problem").Description("Why no session could read, when none could.").Resolve(c => c.Source.Run.Problem);
                }))
            .Description("Runs the daily counts read now, paced but not spread: one profile request per account not read in the last hours.")
            .ResolveAsync(async c => new RunCountsPayload(await c.RequestServices!.GetRequiredService<CountsReader>().RunAsync(spread: false, c.CancellationToken)));
    }

    private static AccountNotFoundError NotFound(string id) => new($"No tracked account has the ID `{id}`.", id);
}
