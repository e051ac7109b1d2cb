using GraphQL.Types;

namespace InstaIntel.Api.Instagram;

/// <summary>What the API says about the stored session: whether there is one and whose it is, never its secrets.</summary>
public sealed record SessionStatus(bool Connected, long? UserId)
{
    public static SessionStatus Of(InstagramSession? session) => new(session is not null, session?.DsUserId);
}

public sealed class SessionStatusType : ObjectGraphType<SessionStatus>
{
    public SessionStatusType()
    {
        Name = "InstagramSession";
        Description = "The Instagram session crawls use. Its cookies are never shown.";
        Field(x => x.Connected);
        Field(x => x.UserId, nullable: true).Description("The Instagram user id of the logged-in account, when known.");
    }
}

public sealed class TwoFactorChallengeType : ObjectGraphType<TwoFactorChallenge>
{
    public TwoFactorChallengeType()
    {
        Name = "TwoFactorChallenge";
        Description = "Instagram asks for a security code; answer with `verifyTwoFactor`.";
        Field(x => x.Identifier);
        Field(x => x.Username);
    }
}
