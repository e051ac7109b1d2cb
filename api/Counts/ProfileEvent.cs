using System.ComponentModel;

namespace InstaIntel.Api.Counts;

/// <summary>What changed on a tracked account's profile between two readings.</summary>
public enum ProfileEventKind
{
    [Description("The username changed.")] Renamed,
    [Description("The full name changed.")] FullName,
    [Description("The biography changed.")] Biography,
    [Description("The website link changed.")] ExternalUrl,
    [Description("The profile picture changed.")] Picture,
    [Description("The verified badge was given or taken away.")] Verified,
    [Description("The account went private or public.")] Private,
}

/// <summary>One change of a tracked account's profile, with the value before and after (flags as "true"/"false").</summary>
public sealed class ProfileEvent
{
    public long Id { get; set; }
    public long AccountId { get; set; }
    public DateTime At { get; set; }
    public ProfileEventKind Kind { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}
