using System.ComponentModel;

namespace InstaIntel.Api.Followers;

/// <summary>The lists a target's edges can be viewed as.</summary>
public enum FollowerView
{
    [Description("Profiles following the account.")] Followers,
    [Description("Profiles the account follows.")] Following,
    [Description("Followers the account follows back.")] Mutuals,
    [Description("Followers the account does not follow back.")] Fans,
    [Description("Profiles the account follows that do not follow it back.")] NotFollowingBack,
}
