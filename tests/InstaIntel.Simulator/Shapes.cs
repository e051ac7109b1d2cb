using System.Text.Json.Nodes;

namespace InstaIntel.Simulator;

/// <summary>The JSON Instagram answers with, shape for shape (docs/instagram-shapes.md says where each comes from).</summary>
public static class Shapes
{
    /// <summary>The profile, with Instagram's counts: the follower count can sit a little above what the list shows.</summary>
    public static JsonObject WebProfileInfo(SimTarget target, int followerCount, bool followedByViewer, BrandCounts? counts = null) => new()
    {
        ["data"] = new JsonObject
        {
            ["user"] = new JsonObject
            {
                ["id"] = target.User.Pk.ToString(),
                ["username"] = target.User.Username,
                ["full_name"] = target.User.FullName,
                ["biography"] = target.Biography,
                ["external_url"] = counts is null ? null : $"https://example.com/brands/{target.User.Pk}",
                ["edge_owner_to_timeline_media"] = new JsonObject { ["count"] = counts?.Posts ?? 12 },
                ["is_private"] = target.User.IsPrivate,
                ["is_verified"] = target.User.IsVerified,
                ["profile_pic_url"] = target.User.ProfilePicUrl,
                ["profile_pic_url_hd"] = target.User.ProfilePicUrl,
                ["edge_followed_by"] = new JsonObject { ["count"] = followerCount },
                ["edge_follow"] = new JsonObject { ["count"] = counts?.Following ?? target.Following.Count },
                ["followed_by_viewer"] = followedByViewer,
            },
        },
        ["status"] = "ok",
    };

    public static JsonObject WebGraphQLPage(string edgeName, int count, IEnumerable<SimUser> users, string? endCursor) => new()
    {
        ["data"] = new JsonObject
        {
            ["user"] = new JsonObject
            {
                [edgeName] = new JsonObject
                {
                    ["count"] = count,
                    ["page_info"] = new JsonObject { ["has_next_page"] = endCursor is not null, ["end_cursor"] = endCursor },
                    ["edges"] = new JsonArray(users.Select(u => (JsonNode)new JsonObject
                    {
                        ["node"] = new JsonObject
                        {
                            ["id"] = u.Pk.ToString(),
                            ["username"] = u.Username,
                            ["full_name"] = u.FullName,
                            ["profile_pic_url"] = u.ProfilePicUrl,
                            ["is_private"] = u.IsPrivate,
                            ["is_verified"] = u.IsVerified,
                            ["followed_by_viewer"] = false,
                            ["requested_by_viewer"] = false,
                        },
                    }).ToArray()),
                },
            },
        },
        ["status"] = "ok",
    };

    public static JsonObject MobilePage(IEnumerable<SimUser> users, int pageSize, string? nextMaxId, bool limited = false, bool? bigList = null)
    {
        var page = new JsonObject
        {
            ["users"] = new JsonArray(users.Select(u => (JsonNode)new JsonObject
            {
                ["pk"] = u.Pk,
                ["pk_id"] = u.Pk.ToString(),
                ["id"] = u.Pk.ToString(),
                ["username"] = u.Username,
                ["full_name"] = u.FullName,
                ["is_private"] = u.IsPrivate,
                ["is_verified"] = u.IsVerified,
                ["profile_pic_id"] = $"{u.Pk}_0",
                ["profile_pic_url"] = u.ProfilePicUrl,
                ["has_anonymous_profile_picture"] = false,
            }).ToArray()),
            ["big_list"] = bigList ?? nextMaxId is not null,
            ["page_size"] = pageSize,
            ["should_limit_list_of_followers"] = limited,
            ["use_clickable_see_more"] = false,
            ["show_spam_follow_request_tab"] = false,
            ["status"] = "ok",
        };
        if (nextMaxId is not null) page["next_max_id"] = nextMaxId;
        return page;
    }

    public static JsonObject RateLimited() => Fail("Please wait a few minutes before you try again.", ("require_login", false));

    /// <summary>Instagram ended the session itself: 2 when a browser's session was used by the app, 3 for automated activity.</summary>
    public static JsonObject LoggedOut(int reason) => Fail("login_required", ("logout_reason", reason));

    /// <summary>A page size above what the endpoint serves (instagrapi PR #2618 met it at count=350).</summary>
    public static JsonObject InvalidCount() => Fail("Invalid count");

    /// <summary>An app version Instagram no longer serves (instagrapi #2369).</summary>
    public static JsonObject UnsupportedVersion() => new()
    {
        ["message"] = "checkpoint_required",
        ["checkpoint_url"] = "https://www.instagram.com/web/unsupported_version/",
        ["lock"] = false,
        ["flow_render_type"] = 0,
        ["status"] = "fail",
    };

    public static JsonObject RateLimitError() => Fail("rate limited", ("error_type", "rate_limit_error"));

    public static JsonObject SentryBlock() => Fail("Sorry, there was a problem with your request.", ("error_type", "sentry_block"));

    public static JsonObject LoginRequired() => Fail("login_required", ("logout_reason", 2), ("require_login", true));

    public static JsonObject Checkpoint(string url) => new()
    {
        ["message"] = "checkpoint_required",
        ["checkpoint_url"] = url,
        ["lock"] = true,
        ["flow_render_type"] = 0,
        ["status"] = "fail",
    };

    /// <summary>An action block, as gallery-dl #7202 shows it.</summary>
    public static JsonObject FeedbackRequired() => new()
    {
        ["message"] = "feedback_required",
        ["spam"] = true,
        ["feedback_title"] = "Try Again Later",
        ["feedback_message"] = "We limit how often you can do certain things on Instagram to protect our community.",
        ["feedback_url"] = "",
        ["feedback_action"] = "report_problem",
        ["status"] = "fail",
    };

    public static JsonObject UserInfo(long pk, string username) => new()
    {
        ["user"] = new JsonObject { ["pk"] = pk, ["pk_id"] = pk.ToString(), ["username"] = username, ["full_name"] = "", ["is_private"] = false },
        ["status"] = "ok",
    };

    public static JsonObject NotAuthorizedToView() => Fail("Not authorized to view user");

    public static JsonObject UserNotFound() => Fail("User not found");

    /// <summary>A stale or unknown query hash: 200 with GraphQL errors and no data.</summary>
    public static JsonObject UnknownQueryHash() => new()
    {
        ["errors"] = new JsonArray(new JsonObject
        {
            ["message"] = "execution error",
            ["code"] = 1675002,
            ["summary"] = "Incorrect Query",
            ["description"] = "The query provided was invalid.",
            ["severity"] = "CRITICAL",
        }),
        ["status"] = "ok",
    };

    /// <summary>The app's login answer; the session itself travels in the `ig-set-authorization` header.</summary>
    public static JsonObject AppLoggedIn(long pk, string username, string fullName) => new()
    {
        ["logged_in_user"] = new JsonObject { ["pk"] = pk, ["pk_id"] = pk.ToString(), ["username"] = username, ["full_name"] = fullName },
        ["status"] = "ok",
    };

    public static JsonObject AppTwoFactorRequired(string username, long pk) => new()
    {
        ["message"] = "",
        ["two_factor_required"] = true,
        ["two_factor_info"] = new JsonObject
        {
            ["username"] = username,
            ["two_factor_identifier"] = $"2fa-{pk}",
            ["totp_two_factor_on"] = true,
            ["pk"] = pk,
        },
        ["error_type"] = "two_factor_required",
        ["status"] = "fail",
    };

    public static JsonObject BadPassword() => Fail("The password you entered is incorrect. Please try again.",
        ("invalid_credentials", true), ("error_type", "bad_password"));

    public static JsonObject InvalidUser() => Fail("The username you entered doesn't appear to belong to an account. Please check your username and try again.",
        ("invalid_credentials", true), ("error_type", "invalid_user"));

    public static JsonObject InvalidVerificationCode() => Fail("Please check the security code and try again.", ("error_type", "invalid_verification_code"));

    /// <summary>The app's GraphQL follow list: the v1 page under the root field the query names.</summary>
    public static JsonObject AppGraphQLPage(string rootField, JsonObject page)
    {
        if (!page.ContainsKey("next_max_id")) page["next_max_id"] = null;
        return new JsonObject
        {
            ["data"] = new JsonObject { [rootField] = page },
            ["extensions"] = new JsonObject { ["is_final"] = true },
        };
    }

    /// <summary>A doc id the app's GraphQL does not know.</summary>
    public static JsonObject UnknownDocId() => new()
    {
        ["errors"] = new JsonArray(new JsonObject { ["message"] = "execution error", ["severity"] = "CRITICAL" }),
        ["data"] = null,
    };

    public static JsonObject ServerError() => Fail("Oops, an error occurred.");

    public static JsonObject Fail(string message, params (string Key, JsonNode? Value)[] extra)
    {
        var body = new JsonObject { ["message"] = message };
        foreach (var (key, value) in extra) body[key] = value;
        body["status"] = "fail";
        return body;
    }
}
