namespace InstaIntel.Api.Ingest;

/// <summary>A profile as one page of a followers or following list returns it.</summary>
public sealed record ProfileData(
    long Pk,
    string Username,
    string FullName = "",
    string? ProfilePicUrl = null,
    bool IsVerified = false,
    bool IsPrivate = false);
