namespace InstaIntel.Api;

/// <summary>The two lists Instagram serves for an account.</summary>
public enum FollowList { Followers = 1, Following = 2 }
