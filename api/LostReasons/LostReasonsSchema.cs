using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Errors;
using InstaIntel.Api.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.LostReasons;

public sealed class LostReasonGraphType : EnumerationGraphType<LostReason>
{
    public LostReasonGraphType()
    {
        Name = "LostReason";
        Description = "Why someone left a list, from one look-up of their Instagram id after the crawl that lost them.";
        Values.FindByValue(LostReason.Unfollowed)!.Description = "Their account is there and visible: they left the list.";
        Values.FindByValue(LostReason.Deactivated)!.Description = "No session can see their account: deactivated or deleted.";
        Values.FindByValue(LostReason.Blocked)!.Description = "The crawl's session cannot see them and another session can: they blocked the crawl's account.";
        Values.FindByValue(LostReason.Unavailable)!.Description = "The crawl's session cannot see them and no other session could ask: deactivated, deleted or blocked.";
    }
}

public sealed record SetLostReasonChecksInput(string AccountId, bool Enabled);

public sealed class LostReasonsMutations : ISchemaFeature
{
    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field("setLostReasonChecks", MutationTypes.Payload<AccountPayload>("SetLostReasonChecks",
                p => p.Field<AccountType>("account").Resolve(c => c.Source.Account), typeof(AccountNotFoundErrorType)))
            .Description("Turns on or off the look-up, after each crawl, of everyone who left (one request each) that tells why they left.")
            .Argument(MutationTypes.Input<SetLostReasonChecksInput>("SetLostReasonChecks", i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("accountId");
                i.Field<NonNullGraphType<BooleanGraphType>>("enabled").Description("True to check why people left after each crawl, false to spend no requests on it.");
            }), "input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SetLostReasonChecksInput>("input");
                var db = c.Db();
                var account = GlobalId.KeyOf(input.AccountId, AccountType.TypeName) is { } id
                    ? await db.Accounts.SingleOrDefaultAsync(a => a.Id == id, c.CancellationToken)
                    : null;
                if (account is null)
                    return new AccountPayload(null, [new AccountNotFoundError($"No tracked account has the ID `{input.AccountId}`.", input.AccountId)]);
                account.CheckLostReasons = input.Enabled;
                await db.SaveChangesAsync(c.CancellationToken);
                return new AccountPayload(account);
            });
    }
}
