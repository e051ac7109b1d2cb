using System.Text.Json.Serialization;

namespace InstaIntel.Api.Instagram;

// The parts of Instagram's responses the client reads; docs/instagram-shapes.md has the full shapes and their sources.

/// <summary>Every answer carries a status; `fail` in a 200 is a refusal all the same.</summary>
public interface IInstagramAnswer
{
    string? Status { get; }
}

public sealed record WebProfileInfoResponse(WebProfileInfoData? Data, string? Status) : IInstagramAnswer;
public sealed record WebProfileInfoData(WebUser? User);

public sealed record WebUser(
    string Id,
    string Username,
    [property: JsonPropertyName("full_name")] string? FullName,
    [property: JsonPropertyName("is_private")] bool IsPrivate,
    [property: JsonPropertyName("is_verified")] bool IsVerified,
    [property: JsonPropertyName("profile_pic_url")] string? ProfilePicUrl,
    [property: JsonPropertyName("profile_pic_url_hd")] string? ProfilePicUrlHd,
    [property: JsonPropertyName("edge_followed_by")] EdgeCount? EdgeFollowedBy,
    [property: JsonPropertyName("edge_follow")] EdgeCount? EdgeFollow,
    [property: JsonPropertyName("followed_by_viewer")] bool FollowedByViewer)
{
    public string? Biography { get; init; }
    [JsonPropertyName("external_url")] public string? ExternalUrl { get; init; }
    [JsonPropertyName("edge_owner_to_timeline_media")] public EdgeCount? EdgeOwnerToTimelineMedia { get; init; }
}

public sealed record EdgeCount(int Count);

public sealed record WebGraphQLResponse(WebGraphQLData? Data, string? Status, string? Message) : IInstagramAnswer;
public sealed record WebGraphQLData(WebGraphQLUser? User);
public sealed record WebGraphQLUser(
    [property: JsonPropertyName("edge_followed_by")] WebEdgeList? EdgeFollowedBy,
    [property: JsonPropertyName("edge_follow")] WebEdgeList? EdgeFollow);

public sealed record WebEdgeList(
    int Count,
    [property: JsonPropertyName("page_info")] WebPageInfo PageInfo,
    IReadOnlyList<WebEdge> Edges);

public sealed record WebPageInfo(
    [property: JsonPropertyName("has_next_page")] bool HasNextPage,
    [property: JsonPropertyName("end_cursor")] string? EndCursor);

public sealed record WebEdge(WebListUser Node);

public sealed record WebListUser(
    string Id,
    string Username,
    [property: JsonPropertyName("full_name")] string? FullName,
    [property: JsonPropertyName("profile_pic_url")] string? ProfilePicUrl,
    [property: JsonPropertyName("is_private")] bool IsPrivate,
    [property: JsonPropertyName("is_verified")] bool IsVerified);

public sealed record MobileFriendshipsResponse(
    IReadOnlyList<MobileUser>? Users,
    [property: JsonPropertyName("next_max_id")] string? NextMaxId,
    [property: JsonPropertyName("big_list")] bool BigList,
    [property: JsonPropertyName("page_size")] int? PageSize,
    [property: JsonPropertyName("should_limit_list_of_followers")] bool? ShouldLimitListOfFollowers,
    string? Status) : IInstagramAnswer;

/// <summary>The app's private GraphQL: `data.xdt_api__v1__friendships__followers` (or `__following`) holds a v1 list page.</summary>
public sealed record AppGraphQLResponse(IReadOnlyDictionary<string, MobileFriendshipsResponse?>? Data, IReadOnlyList<AppGraphQLError>? Errors) : IInstagramAnswer
{
    public string? Status => Data?.Values.FirstOrDefault()?.Status;
}

public sealed record AppGraphQLError(string? Message);

public sealed record MobileUser(
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] long Pk,
    string Username,
    [property: JsonPropertyName("full_name")] string? FullName,
    [property: JsonPropertyName("is_private")] bool IsPrivate,
    [property: JsonPropertyName("is_verified")] bool IsVerified,
    [property: JsonPropertyName("profile_pic_url")] string? ProfilePicUrl);

/// <summary>Instagram's failure body: `{"message": …, "status": "fail", …}` with optional checkpoint and 2FA details.</summary>
public sealed record FailureResponse(
    string? Message,
    string? Status,
    [property: JsonPropertyName("checkpoint_url")] string? CheckpointUrl,
    FailureChallenge? Challenge,
    [property: JsonPropertyName("require_login")] bool? RequireLogin,
    [property: JsonPropertyName("error_type")] string? ErrorType,
    bool? Spam,
    [property: JsonPropertyName("feedback_message")] string? FeedbackMessage);

public sealed record FailureChallenge(string? Url);

/// <summary>`GET /api/v1/users/{id}/info/`: the cheap call that tells whether a session works, and whose it is.</summary>
public sealed record UserInfoResponse(UserInfo? User, string? Status) : IInstagramAnswer;

public sealed record UserInfo(
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] long Pk,
    string Username);

public sealed record LoginResponse(
    bool? Authenticated,
    bool? User,
    string? UserId,
    string? Message,
    string? Status,
    [property: JsonPropertyName("two_factor_required")] bool? TwoFactorRequired,
    [property: JsonPropertyName("two_factor_info")] TwoFactorInfo? TwoFactorInfo,
    [property: JsonPropertyName("checkpoint_url")] string? CheckpointUrl);

/// <summary>The app's login answer: the user on success, or why not (`error_type`, two-factor details, a checkpoint).</summary>
public sealed record AppLoginResponse(
    string? Message,
    string? Status,
    [property: JsonPropertyName("error_type")] string? ErrorType,
    [property: JsonPropertyName("invalid_credentials")] bool? InvalidCredentials,
    [property: JsonPropertyName("two_factor_required")] bool? TwoFactorRequired,
    [property: JsonPropertyName("two_factor_info")] TwoFactorInfo? TwoFactorInfo,
    [property: JsonPropertyName("checkpoint_url")] string? CheckpointUrl,
    [property: JsonPropertyName("logged_in_user")] UserInfo? LoggedInUser);

public sealed record TwoFactorInfo(
    string? Username,
    [property: JsonPropertyName("two_factor_identifier")] string TwoFactorIdentifier);

[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(WebProfileInfoResponse))]
[JsonSerializable(typeof(WebGraphQLResponse))]
[JsonSerializable(typeof(MobileFriendshipsResponse))]
[JsonSerializable(typeof(AppGraphQLResponse))]
[JsonSerializable(typeof(FailureResponse))]
[JsonSerializable(typeof(UserInfoResponse))]
[JsonSerializable(typeof(LoginResponse))]
[JsonSerializable(typeof(AppLoginResponse))]
[JsonSerializable(typeof(InstagramSession))]
public sealed partial class InstagramJson : JsonSerializerContext;
