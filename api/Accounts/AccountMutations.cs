using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Errors;
using InstaIntel.Api.GraphQL.Relay;

namespace InstaIntel.Api.Accounts;

public sealed record AccountPayload(Account? Account, IReadOnlyList<IUserError>? Errors = null) : IPayload;

public sealed record DeleteAccountPayload(string? DeletedAccountId, IReadOnlyList<IUserError>? Errors = null) : IPayload;

public sealed record AddAccountInput(string Target);

public sealed record BookmarkAccountInput(string AccountId, bool Bookmarked);

public sealed record DeleteAccountInput(string AccountId);

/// <summary>The account mutations, in HotChocolate's input/payload/errors shape.</summary>
public sealed class AccountMutations : ISchemaFeature
{
    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field("addAccount", AccountPayloadType("AddAccount", typeof(InvalidHandleErrorType)))
            .Description("Starts tracking an Instagram account. Takes `@name`, `name` or a profile URL; adding a tracked account again returns it.")
            .Argument(MutationTypes.Input<AddAccountInput>("AddAccount", i => i.Field<NonNullGraphType<StringGraphType>>("target")
                .Description("A username, @username or instagram.com profile URL.")), "input")
            .ResolveAsync(async c =>
            {
                var target = c.GetArgument<AddAccountInput>("input").Target;
                if (!Handle.TryParse(target, out var username, out var error))
                    return new AccountPayload(null, [new InvalidHandleError(error, target ?? "")]);
                var account = await c.RequestServices!.GetRequiredService<AccountService>().AddAsync(username, c.CancellationToken);
                return new AccountPayload(account);
            });

        mutation.Field("bookmarkAccount", AccountPayloadType("BookmarkAccount", typeof(AccountNotFoundErrorType)))
            .Description("Bookmarks an account (re-crawled every night) or removes its bookmark.")
            .Argument(MutationTypes.Input<BookmarkAccountInput>("BookmarkAccount", i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("accountId");
                i.Field<NonNullGraphType<BooleanGraphType>>("bookmarked").Description("True to bookmark, false to remove the bookmark.");
            }), "input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<BookmarkAccountInput>("input");
                var id = input.AccountId;
                var account = GlobalId.KeyOf(id, AccountType.TypeName) is { } accountId
                    ? await c.RequestServices!.GetRequiredService<AccountService>().SetBookmarkAsync(accountId, input.Bookmarked, c.CancellationToken)
                    : null;
                return account is null ? new AccountPayload(null, [NotFound(id)]) : new AccountPayload(account);
            });

        var deletePayload = MutationTypes.Payload<DeleteAccountPayload>("DeleteAccount",
            p => p.Field<IdGraphType>("deletedAccountId").Resolve(c => c.Source.DeletedAccountId), typeof(AccountNotFoundErrorType));
        mutation.Field("deleteAccount", deletePayload)
            .Description("Stops tracking an account: removes its crawls and edges, and profiles no other account's lists hold.")
            .Argument(MutationTypes.Input<DeleteAccountInput>("DeleteAccount", i => i.Field<NonNullGraphType<IdGraphType>>("accountId")), "input")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<DeleteAccountInput>("input").AccountId;
                var deleted = GlobalId.KeyOf(id, AccountType.TypeName) is { } accountId
                    && await c.RequestServices!.GetRequiredService<AccountService>().DeleteAsync(accountId, c.CancellationToken);
                return deleted ? new DeleteAccountPayload(id) : new DeleteAccountPayload(null, [NotFound(id)]);
            });
    }

    private static AccountNotFoundError NotFound(string id) => new($"No tracked account has the ID `{id}`.", id);

    private static IGraphType AccountPayloadType(string mutation, Type errorType) =>
        MutationTypes.Payload<AccountPayload>(mutation, p => p.Field<AccountType>("account").Resolve(c => c.Source.Account), errorType);
}
