using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Errors;

namespace InstaIntel.Api.Instagram;

public sealed record InvalidSessionError(string Message) : IUserError
{
    /// <summary>The answer to an id that names no connected session.</summary>
    public static InvalidSessionError Unknown(string id) => new($"No connected session has the id `{id}`.");
}

public sealed record LoginFailedError(string Message) : IUserError;

public sealed record SessionPayload(SessionStatus? Session, TwoFactorChallenge? TwoFactor = null, IReadOnlyList<IUserError>? Errors = null) : IPayload;

public sealed record ImportSessionInput(string SessionId, string? CsrfToken, long? DsUserId, string? Label, string? Proxy);

public sealed record RemoveInstagramSessionInput(string Id);

public sealed record LogInInput(string Username, string Password, SessionClient? Client);

public sealed record SetSessionSurfacesInput(string Id, bool UsesOtherSurfaces);

public sealed record VerifyTwoFactorInput(string Identifier, string Code);

public sealed class InvalidSessionErrorType() : UserErrorType<InvalidSessionError>("InvalidSessionError", "The session was refused; the message says why and what to do.");

public sealed class LoginFailedErrorType() : UserErrorType<LoginFailedError>("LoginFailedError", "Instagram refused the login; the message says why and what to do.");

/// <summary>
/// Connecting the user's own Instagram accounts: import a browser session, or log in (with two-factor); remove the
/// connected sessions.
/// </summary>
public sealed class SessionMutations : ISchemaFeature
{
    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field("importSession", SessionPayloadType("ImportSession", typeof(InvalidSessionErrorType)))
            .Description("Checks an Instagram session copied from a browser (the `sessionid` cookie value or the whole Cookie header) "
                + "with one request, and keeps it when it works. A session of an account already connected replaces it; another account's is added to the pool.")
            .Argument(MutationTypes.Input<ImportSessionInput>("ImportSession", i =>
            {
                i.Field<NonNullGraphType<StringGraphType>>("sessionId").Description("The `sessionid` cookie's value, or the whole Cookie header.");
                i.Field<StringGraphType>("csrfToken").Description("The `csrftoken` cookie, when not in the header given.");
                i.Field<LongGraphType>("dsUserId").Description("The account's Instagram user id, when not in the header given.");
                i.Field<StringGraphType>("label").Description("A name for this session in Settings, e.g. the account or the machine it came from.");
                i.Field<StringGraphType>("proxy").Description("`http://host:port` (credentials may be in the URL): every request of this session goes through it, so Instagram sees the account from one IP.");
            }), "input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ImportSessionInput>("input");
                if (!SessionImport.TryParse(input.SessionId, input.CsrfToken, input.DsUserId, out var session, out var error))
                    return new SessionPayload(null, Errors: [new InvalidSessionError(error)]);
                if (input.Label is { Length: > 0 } label) session = session with { Label = label.Trim()[..Math.Min(label.Trim().Length, 60)] };
                if (input.Proxy is { Length: > 0 } proxy)
                {
                    if (!Uri.TryCreate(proxy.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
                        return new SessionPayload(null, Errors: [new InvalidSessionError("The proxy must be a URL such as http://host:port.")]);
                    session = session with { Proxy = uri.ToString() };
                }
                return await CheckedAsync(c, session);
            });

        mutation.Field("removeInstagramSession", SessionPayloadType("RemoveInstagramSession", typeof(InvalidSessionErrorType)))
            .Description("Forgets one connected session; crawls go on with the others.")
            .Argument(MutationTypes.Input<RemoveInstagramSessionInput>("RemoveInstagramSession", i => i.Field<NonNullGraphType<IdGraphType>>("id").Description("The session's id.")), "input")
            .ResolveAsync(async c =>
            {
                var key = c.GetArgument<RemoveInstagramSessionInput>("input").Id;
                if ((await Store(c).GetSessionsAsync(c.CancellationToken)).All(s => s.Key != key))
                    return new SessionPayload(null, Errors: [InvalidSessionError.Unknown(key)]);
                await Store(c).RemoveSessionAsync(key, c.CancellationToken);
                await Pool(c).RemovedAsync(key, c.CancellationToken);
                return new SessionPayload(await SessionStatus.OfPoolAsync(Store(c), Pool(c), c.CancellationToken));
            });

        mutation.Field("logIn", SessionPayloadType("LogIn", typeof(LoginFailedErrorType)))
            .Description("Logs in to Instagram with username and password, as a browser (the default) or as the Android app (`client: APP`). "
                + "The session reads lists only as that client does. When Instagram asks for a security code, `twoFactor` says so: answer with `verifyTwoFactor`.")
            .Argument(MutationTypes.Input<LogInInput>("LogIn", i =>
            {
                i.Field<NonNullGraphType<StringGraphType>>("username").Description("The Instagram username.");
                i.Field<NonNullGraphType<StringGraphType>>("password").Description("The Instagram password; used once, never stored.");
                i.Field<SessionClientType>("client").Description("BROWSER (default): instagram.com's login, lists 12 a page. APP: the Android app's login from a phone made for it, lists 200 a page.");
            }), "input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<LogInInput>("input");
                return await Attempt(c, async services =>
                {
                    var username = input.Username.Trim().TrimStart('@');
                    var result = input.Client == SessionClient.App
                        ? await services.GetRequiredService<AppLogin>().LogInAsync(username, input.Password, c.CancellationToken)
                        : await services.GetRequiredService<InstagramLogin>().LogInAsync(username, input.Password, c.CancellationToken);
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
            .Argument(MutationTypes.Input<VerifyTwoFactorInput>("VerifyTwoFactor", i =>
            {
                i.Field<NonNullGraphType<StringGraphType>>("identifier").Description("The `identifier` from `logIn`'s `twoFactor`.");
                i.Field<NonNullGraphType<StringGraphType>>("code").Description("The code from the authenticator app or SMS.");
            }), "input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<VerifyTwoFactorInput>("input");
                var challenge = c.RequestServices!.GetRequiredService<LoginFlows>().Take(input.Identifier);
                if (challenge is null)
                    return new SessionPayload(null, Errors: [new LoginFailedError("This login has expired or was already used: log in again.")]);
                return await Attempt(c, async services => await Saved(c, challenge.Client == SessionClient.App
                    ? await services.GetRequiredService<AppLogin>().VerifyTwoFactorAsync(challenge, input.Code, c.CancellationToken)
                    : await services.GetRequiredService<InstagramLogin>().VerifyTwoFactorAsync(challenge, input.Code, c.CancellationToken)));
            });

        mutation.Field("setSessionSurfaces", MutationTypes.Payload<ConnectedSessionPayload>("SetSessionSurfaces",
                p => p.Field<ConnectedSessionType>("session").Resolve(c => c.Source.Session), typeof(InvalidSessionErrorType)))
            .Description("Lets one session read lists from the other client's surfaces too, after its own have failed (off by default). "
                + "A browser session used on the app's surfaces can be answered login_required and log that browser out; an app session on the web "
                + "surfaces is read at the web's pace, 12 a page.")
            .Argument(MutationTypes.Input<SetSessionSurfacesInput>("SetSessionSurfaces", i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("id").Description("The session's id, from `instagramSessions`.");
                i.Field<NonNullGraphType<BooleanGraphType>>("usesOtherSurfaces").Description("True lets it cross after its own surfaces failed; false keeps it on them.");
            }), "input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SetSessionSurfacesInput>("input");
                if ((await Store(c).GetSessionsAsync(c.CancellationToken)).All(s => s.Key != input.Id))
                    return new ConnectedSessionPayload(null, [InvalidSessionError.Unknown(input.Id)]);
                await Store(c).UpdateSessionAsync(input.Id, s => s with { UsesOtherSurfaces = input.UsesOtherSurfaces }, c.CancellationToken);
                return new ConnectedSessionPayload((await Pool(c).ListAsync(c.CancellationToken)).First(s => s.Key == input.Id));
            });

        mutation.Field<NonNullGraphType<SessionStatusType>>("logOut")
            .Description("Forgets every stored Instagram session.")
            .ResolveAsync(async c =>
            {
                foreach (var session in await Store(c).GetSessionsAsync(c.CancellationToken))
                    await Pool(c).RemovedAsync(session.Key, c.CancellationToken);
                await Store(c).ClearSessionAsync(c.CancellationToken);
                return SessionStatus.Of(null);
            });
    }

    internal static ICredentialStore Store(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<ICredentialStore>();

    internal static SessionPool Pool(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<SessionPool>();

    /// <summary>One cheap request tells a working session from an expired one or from something that is not a session at all.</summary>
    private static async Task<SessionPayload> CheckedAsync(IResolveFieldContext c, InstagramSession session)
    {
        await Store(c).GetSessionsAsync(c.CancellationToken); // an unreadable vault says so before Instagram is asked
        string? username = null;
        string? unverified = null;
        try
        {
            username = await c.RequestServices!.GetRequiredService<InstagramClient>().CheckSessionAsync(session, c.CancellationToken);
        }
        catch (SessionExpiredException)
        {
            return new SessionPayload(null, Errors: [new InvalidSessionError(
                "Instagram does not accept this session: it has expired, was logged out, or is not a sessionid. Log in to instagram.com in a browser and copy the sessionid again.")]);
        }
        catch (CheckpointException e)
        {
            return new SessionPayload(null, Errors: [new InvalidSessionError(e.Message)]);
        }
        catch (Exception e) when (InstagramUnreachable.Is(e))
        {
            unverified = "Not verified yet: Instagram could not be reached (check the network or the proxy). It is checked again before its first crawl.";
        }
        catch (InstagramException)
        {
            // Instagram did not say no (rate limit, block): keep the session; its first crawl checks it again.
        }
        return await Saved(c, session, username, unverified);
    }

    private static async Task<SessionPayload> Saved(IResolveFieldContext c, InstagramSession session, string? checkedUsername = null, string? unverified = null)
    {
        var kept = await Store(c).SaveSessionAsync(session, c.CancellationToken);
        await Pool(c).ConnectedAsync(kept, checkedUsername, c.CancellationToken, unverified);
        await c.RequestServices!.GetRequiredService<Crawling.CrawlCommands>().ResumeWaitingAsync(c.CancellationToken);
        var state = (await Pool(c).ListAsync(c.CancellationToken)).FirstOrDefault(s => s.Key == kept.Key);
        return new SessionPayload(SessionStatus.Of(kept, state));
    }

    private static async Task<SessionPayload> Attempt(IResolveFieldContext c, Func<IServiceProvider, Task<SessionPayload>> step)
    {
        try
        {
            return await step(c.RequestServices!);
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
