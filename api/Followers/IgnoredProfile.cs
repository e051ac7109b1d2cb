namespace InstaIntel.Api.Followers;

/// <summary>A profile a tracked account leaves out of "not following back" (a brand, a celebrity, a friend without the app).</summary>
public sealed class IgnoredProfile
{
    public long AccountId { get; set; }
    public long ProfilePk { get; set; }
    public DateTime IgnoredAt { get; set; }
}
