using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Errors;
using InstaIntel.Api.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Followers;

public sealed record IgnoreProfilesInput(string AccountId, List<long> Pks, bool Ignored);

public sealed class IgnoreProfilesInputType : InputObjectGraphType<IgnoreProfilesInput>
{
    public IgnoreProfilesInputType()
    {
        Name = "IgnoreProfilesInput";
        Field<NonNullGraphType<IdGraphType>>("accountId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LongGraphType>>>>("pks").Description($"Instagram user ids; at most {IgnoreList.MaxPerCall} per call.");
        Field<NonNullGraphType<BooleanGraphType>>("ignored").Description("True adds them to the ignore list, false takes them off.");
    }
}

public sealed record MarkChangesReviewedInput(string AccountId, List<string> Ids, bool Reviewed);

public sealed class MarkChangesReviewedInputType : InputObjectGraphType<MarkChangesReviewedInput>
{
    public MarkChangesReviewedInputType()
    {
        Name = "MarkChangesReviewedInput";
        Field<NonNullGraphType<IdGraphType>>("accountId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids").Description($"`FollowerChange` IDs; at most {IgnoreList.MaxPerCall} per call.");
        Field<NonNullGraphType<BooleanGraphType>>("reviewed").Description("True to mark reviewed, false to unmark.");
    }
}

public sealed record IgnoreProfilesPayload(Account? Account, IReadOnlyList<IUserError>? Errors = null) : IPayload;

public sealed record MarkChangesReviewedPayload(int UpdatedCount, IReadOnlyList<IUserError>? Errors = null) : IPayload;

/// <summary>Bulk actions on list entries: the ignore list and reviewed marks.</summary>
public sealed class FollowerMutations : ISchemaFeature
{
    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field("ignoreProfiles", MutationTypes.Payload<IgnoreProfilesPayload>("IgnoreProfiles",
                p => p.Field<AccountType>("account").Resolve(c => c.Source.Account), typeof(AccountNotFoundErrorType)))
            .Description("Adds profiles to, or removes them from, an account's ignore list: ignored people are left out of `notFollowingBack` and its count.")
            .Argument<NonNullGraphType<IgnoreProfilesInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<IgnoreProfilesInput>("input");
                CheckSize(input.Pks.Count, "pks");
                var db = c.Db();
                var account = GlobalId.KeyOf(input.AccountId, AccountType.TypeName) is { } id
                    ? await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, c.CancellationToken) : null;
                if (account is null) return new IgnoreProfilesPayload(null, [NotFound(input.AccountId)]);
                var now = c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
                await IgnoreList.SetAsync(db, account.Id, input.Pks, input.Ignored, now, c.CancellationToken);
                return new IgnoreProfilesPayload(account);
            });

        mutation.Field("markChangesReviewed", MutationTypes.Payload<MarkChangesReviewedPayload>("MarkChangesReviewed",
                p => p.Field(x => x.UpdatedCount).Description("How many of the changes belonged to the account and were updated."),
                typeof(AccountNotFoundErrorType)))
            .Description("Marks new/lost entries of `Account.changes` as reviewed (or unreviewed again).")
            .Argument<NonNullGraphType<MarkChangesReviewedInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<MarkChangesReviewedInput>("input");
                CheckSize(input.Ids.Count, "ids");
                var ids = input.Ids.Select(id => GlobalId.Expect(id, FollowerChangeType.TypeName)).ToList();
                var db = c.Db();
                if (GlobalId.KeyOf(input.AccountId, AccountType.TypeName) is not { } accountId || !await db.Accounts.AnyAsync(a => a.Id == accountId, c.CancellationToken))
                    return new MarkChangesReviewedPayload(0, [NotFound(input.AccountId)]);
                DateTime? at = input.Reviewed ? c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime : null;
                var updated = await db.FollowChanges.Where(x => x.TargetId == accountId && ids.Contains(x.Id))
                    .ExecuteUpdateAsync(u => u.SetProperty(x => x.ReviewedAt, at), c.CancellationToken);
                return new MarkChangesReviewedPayload(updated);
            });
    }

    private static void CheckSize(int count, string field)
    {
        if (count > IgnoreList.MaxPerCall)
            throw new ExecutionError($"`{field}` holds {count} entries; at most {IgnoreList.MaxPerCall} fit in one call.") { Code = "INVALID_ARGUMENT" };
    }

    private static AccountNotFoundError NotFound(string id) => new($"No tracked account has the ID `{id}`.", id);
}
