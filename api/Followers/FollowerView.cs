namespace InstaIntel.Api.Followers;

/// <summary>The lists a target's edges can be viewed as.</summary>
public enum FollowerView
{
    /// <summary>Profiles following the target.</summary>
    Followers,
    /// <summary>Profiles the target follows.</summary>
    Following,
    /// <summary>Followers the target follows back.</summary>
    Mutuals,
    /// <summary>Followers the target does not follow back.</summary>
    Fans,
    /// <summary>Profiles the target follows that do not follow it back.</summary>
    NotFollowingBack,
}
