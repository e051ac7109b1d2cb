using System.ComponentModel;

namespace InstaIntel.Api;

/// <summary>The two lists Instagram serves for an account.</summary>
public enum FollowList
{
    [Description("The followers list.")] Followers = 1,
    [Description("The following list.")] Following = 2,
}
