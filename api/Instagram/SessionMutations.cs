using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.GraphQL.Errors;

namespace InstaIntel.Api.Instagram;

public sealed record InvalidSessionError(string Message) : IUserError;

public sealed record LoginFailedError(string Message) : IUserError;

public sealed record SessionPayload(SessionStatus? Session, TwoFactorChallenge? TwoFactor = null, IReadOnlyList<IUserError>? Errors = null) : IPayload;

public sealed class InvalidSessionErrorType() : UserErrorType<InvalidSessionError>("InvalidSessionError");

public sealed class LoginFailedErrorType() : UserErrorType<LoginFailedError>("LoginFailedError", "Instagram refused the login; the message says why and what to do.");

/// <summary>Connecting the user's own Instagram account: import a browser session, or log in (with two-factor).</summary>
public static class SessionMutations
{
    public static void Register(ObjectGraphType mutation)
    {
        mutation.Field("importSession", SessionPayloadType("ImportSession", typeof(InvalidSessionErrorType)))
            .Description("Stores an Instagram session copied from a browser: the `sessionid` cookie value or the whole Cookie header.")
            .Argument(MutationTypes.Input("ImportSession", i =>
            {
                i.Field<NonNullGraphType<StringGraphType>>("sessionId");
                i.Field<StringGraphType>("csrfToken");
                i.Field<LongGraphType>("dsUserId");
            }), "input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                if (!SessionImport.TryParse(input["sessionId"] as string, input.GetValueOrDefault("csrfToken") as string,
                        input.GetValueOrDefault("dsUserId") as long?, out var session, out var error))
                    return new SessionPayload(null, Errors: [new InvalidSessionError(error)]);
                await Store(c).SaveSessionAsync(session, c.CancellationToken);
                return new SessionPayload(SessionStatus.Of(session));
            });

        mutation.Field("logIn", SessionPayloadType("LogIn", typeof(LoginFailedErrorType)))
            .Description("Logs in to Instagram with username and password. When Instagram asks for a security code, `twoFactor` says so: answer with `verifyTwoFactor`.")
            .Argument(MutationTypes.Input("LogIn", i =>
            {
                i.Field<NonNullGraphType<StringGraphType>>("username");
                i.Field<NonNullGraphType<StringGraphType>>("password");
            }), "input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return await Attempt(c, async login =>
                {
                    var result = await login.LogInAsync(((string)input["username"]!).Trim().TrimStart('@'), (string)input["password"]!, c.CancellationToken);
                    if (result.TwoFactor is { } challenge)
                    {
                        c.RequestServices!.GetRequiredService<LoginFlows>().Remember(challenge);
                        return new SessionPayload(SessionStatus.Of(null), challenge);
                    }
                    return await Saved(c, result.Session!);
                });
            });

        mutation.Field("verifyTwoFactor", SessionPayloadType("VerifyTwoFactor", typeof(LoginFailedErrorType)))
            .Description("Completes a login with the security code from the authenticator app or SMS.")
            .Argument(MutationTypes.Input("VerifyTwoFactor", i =>
            {
                i.Field<NonNullGraphType<StringGraphType>>("identifier");
                i.Field<NonNullGraphType<StringGraphType>>("code");
            }), "input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var challenge = c.RequestServices!.GetRequiredService<LoginFlows>().Take((string)input["identifier"]!);
                if (challenge is null)
                    return new SessionPayload(null, Errors: [new LoginFailedError("This login has expired or was already used: log in again.")]);
                return await Attempt(c, async login => await Saved(c, await login.VerifyTwoFactorAsync(challenge, (string)input["code"]!, c.CancellationToken)));
            });

        mutation.Field<NonNullGraphType<SessionStatusType>>("logOut")
            .Description("Forgets the stored Instagram session.")
            .ResolveAsync(async c =>
            {
                await Store(c).ClearSessionAsync(c.CancellationToken);
                return SessionStatus.Of(null);
            });
    }

    private static ICredentialStore Store(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<ICredentialStore>();

    private static async Task<SessionPayload> Saved(IResolveFieldContext c, InstagramSession session)
    {
        await Store(c).SaveSessionAsync(session, c.CancellationToken);
        return new SessionPayload(SessionStatus.Of(session));
    }

    private static async Task<SessionPayload> Attempt(IResolveFieldContext c, Func<InstagramLogin, Task<SessionPayload>> step)
    {
        try
        {
            return await step(c.RequestServices!.GetRequiredService<InstagramLogin>());
        }
        catch (InstagramException e)
        {
            return new SessionPayload(null, Errors: [new LoginFailedError(e.Message)]);
        }
        catch (HttpRequestException)
        {
            return new SessionPayload(null, Errors: [new LoginFailedError("Instagram could not be reached. Check the connection and try again.")]);
        }
    }

    private static IGraphType SessionPayloadType(string mutation, params Type[] errorTypes) =>
        MutationTypes.Payload<SessionPayload>(mutation, p =>
        {
            p.Field<SessionStatusType>("session").Resolve(c => c.Source.Session);
            p.Field<TwoFactorChallengeType>("twoFactor").Resolve(c => c.Source.TwoFactor);
        }, errorTypes);
}
