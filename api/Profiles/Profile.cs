namespace InstaIntel.Api.Profiles;

/// <summary>Any Instagram user ever seen in a list; stored once however many targets it relates to.</summary>
public sealed class Profile
{
    public long Pk { get; set; }
    public required string Username { get; set; }
    public string FullName { get; set; } = "";
    public string? ProfilePicUrl { get; set; }
    public bool IsVerified { get; set; }
    public bool IsPrivate { get; set; }
    public DateTime UpdatedAt { get; set; }
}
