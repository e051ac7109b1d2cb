using GraphQL.Types;
using GraphQL.Utilities;

namespace InstaIntel.Api.GraphQL;

/// <summary>
/// Gives every type, field and enum value of the schema a description, so the SDL tool authors read explains itself.
/// Descriptions written beside a field win; this fills only the ones left empty: first from the conventions the
/// schema follows (filter and sort inputs, mutation inputs, payloads and error unions), then from <see cref="Written"/>.
/// `tests/InstaIntel.Tests/GraphQL/SchemaDescriptionTests.cs` fails on anything still without one.
/// </summary>
public sealed class SchemaDescriptions : BaseSchemaNodeVisitor
{
    private static readonly Dictionary<string, string> Operators = new()
    {
        ["and"] = "All of these conditions hold.",
        ["or"] = "At least one of these conditions holds.",
        ["eq"] = "Equal to this value.",
        ["neq"] = "Not equal to this value.",
        ["gt"] = "Greater than this value.",
        ["ngt"] = "Not greater than this value.",
        ["gte"] = "Greater than or equal to this value.",
        ["ngte"] = "Not greater than or equal to this value.",
        ["lt"] = "Less than this value.",
        ["nlt"] = "Not less than this value.",
        ["lte"] = "Less than or equal to this value.",
        ["nlte"] = "Not less than or equal to this value.",
        ["in"] = "One of these values.",
        ["nin"] = "None of these values.",
        ["contains"] = "Contains this text.",
        ["ncontains"] = "Does not contain this text.",
        ["startsWith"] = "Starts with this text.",
        ["nstartsWith"] = "Does not start with this text.",
        ["endsWith"] = "Ends with this text.",
        ["nendsWith"] = "Does not end with this text.",
    };

    /// <summary>Descriptions no convention gives, by `Type` or `Type.field` (enum values as `Enum.VALUE`).</summary>
    static SchemaDescriptions()
    {
        foreach (var (member, text) in Alerts.AlertDescriptions.Texts.Concat(Counts.CountDescriptions.Texts)) Written[member] = text;
    }

    public static readonly Dictionary<string, string> Written = new()
    {
        ["Query"] = "Every read: tracked accounts with their lists, history and insights, crawls, the dashboard, sessions and settings.",
        ["Mutation"] = "Every change. Each takes `input` and returns a payload whose typed `errors` say why it did not do what was asked.",
        ["Subscription"] = "Live updates over graphql-transport-ws or Server-Sent Events: crawl progress and crawl events.",
        ["Long"] = "A 64-bit integer, as Instagram's profile ids need.",
        ["SortEnumType"] = "A sort direction.",
        ["SortEnumType.ASC"] = "Smallest, earliest or A first.",
        ["SortEnumType.DESC"] = "Largest, latest or Z first.",
        ["Error"] = "A typed error of a mutation's payload: `message` says what happened and what to do.",
        ["Error.message"] = "What went wrong, and what to do about it.",
        ["Node"] = "An object with a global ID, fetched by `node(id:)`.",
        ["Node.id"] = "The object's global ID.",
        ["Query.crawl"] = "A crawl by ID.",
        ["Query.dashboard"] = "The totals the dashboard shows.",
        ["Dashboard"] = "Totals over everything stored.",
        ["Dashboard.trackedAccounts"] = "How many accounts are tracked.",
        ["Dashboard.totalProfiles"] = "How many distinct profiles are stored.",
        ["Account.username"] = "The Instagram username, without `@`.",
        ["Account.fullName"] = "The name shown on the profile.",
        ["Account.profilePicUrl"] = "The profile picture's URL at the last crawl.",
        ["Account.isVerified"] = "Whether Instagram shows the verified badge.",
        ["Account.isPrivate"] = "Whether the account is private.",
        ["Account.followingCount"] = "How many accounts it follows, as its profile said at the last crawl.",
        ["Account.createdAt"] = "When it was first tracked.",
        ["Account.lastCrawledAt"] = "When it was last crawled.",
        ["Account.profileUrl"] = "Its profile on instagram.com.",
        ["Account.crawls"] = "Its crawls (use `crawls`).",
        ["Account.insights"] = "Figures drawn from its history, such as how many followers it follows back.",
        ["Follower.username"] = "The Instagram username.",
        ["Follower.fullName"] = "The name shown on the profile.",
        ["Follower.profilePicUrl"] = "The profile picture's URL as last seen.",
        ["Follower.isVerified"] = "Whether Instagram shows the verified badge.",
        ["Follower.isPrivate"] = "Whether the account is private.",
        ["Follower.profileUrl"] = "The profile on instagram.com.",
        ["Profile.username"] = "The Instagram username.",
        ["Profile.fullName"] = "The name shown on the profile.",
        ["Profile.profilePicUrl"] = "The profile picture's URL as last seen.",
        ["Profile.isVerified"] = "Whether Instagram shows the verified badge.",
        ["Profile.isPrivate"] = "Whether the account is private.",
        ["Profile.profileUrl"] = "The profile on instagram.com.",
        ["FollowerChange.list"] = "The list the change happened in.",
        ["FollowerChange.kind"] = "Whether the person appeared (NEW), left (LOST) or was there from the first crawl (BASELINE).",
        ["FollowerChange.reviewedAt"] = "When it was marked reviewed; null when it is not.",
        ["FollowerChange.username"] = "The person's username.",
        ["FollowerChange.fullName"] = "The person's name.",
        ["FollowerChange.profilePicUrl"] = "The person's profile picture URL.",
        ["FollowerChange.isVerified"] = "Whether the person is verified.",
        ["FollowerChange.isPrivate"] = "Whether the person's account is private.",
        ["FollowerChange.profileUrl"] = "The person's profile on instagram.com.",
        ["FollowerView.FOLLOWERS"] = "Profiles following the account.",
        ["FollowerView.FOLLOWING"] = "Profiles the account follows.",
        ["FollowerView.MUTUALS"] = "Followers the account follows back.",
        ["FollowerView.FANS"] = "Followers the account does not follow back.",
        ["FollowerView.NOT_FOLLOWING_BACK"] = "Profiles the account follows that do not follow it back.",
        ["ExportFormat.CSV"] = "Comma-separated values, UTF-8.",
        ["ExportFormat.XLSX"] = "An Excel workbook.",
        ["ExportFormat.JSON"] = "A JSON array.",
        ["FollowList.FOLLOWERS"] = "The followers list.",
        ["FollowList.FOLLOWING"] = "The following list.",
        ["ChangeKind.BASELINE"] = "In the list's first complete crawl.",
        ["ChangeKind.NEW"] = "Appeared, or came back.",
        ["ChangeKind.LOST"] = "Left.",
        ["CrawlComparison.from"] = "The earlier crawl compared.",
        ["CrawlComparison.to"] = "The later crawl compared.",
        ["CrawlComparison.list"] = "The list compared.",
        ["Crawl.account"] = "The account crawled.",
        ["Crawl.progress"] = "How far the crawl is: fetched, expected, percent, time left.",
        ["Crawl.lists"] = "Which lists the crawl fetches.",
        ["Crawl.status"] = "Where the crawl is, or how it ended.",
        ["Crawl.createdAt"] = "When the crawl was asked for.",
        ["Crawl.startedAt"] = "When it started fetching.",
        ["Crawl.finishedAt"] = "When it ended.",
        ["Crawl.followersFetched"] = "Followers fetched so far.",
        ["Crawl.followingFetched"] = "Following fetched so far.",
        ["Crawl.followersExpected"] = "Followers the profile said it had.",
        ["Crawl.followingExpected"] = "Following the profile said it had.",
        ["Crawl.followersNew"] = "Followers new in this crawl.",
        ["Crawl.followersLost"] = "Followers lost in this crawl.",
        ["Crawl.followingTotal"] = "Following stored by this crawl.",
        ["Crawl.followingNew"] = "Following new in this crawl.",
        ["Crawl.followingLost"] = "Following lost in this crawl.",
        ["CrawlProgress.state"] = "Where the crawl is, or how it ended.",
        ["CrawlProgress.crawlId"] = "The crawl's ID.",
        ["CrawlProgress.status"] = "Where the crawl is, or how it ended.",
        ["CrawlProgress.percent"] = "Share fetched of what the profile said, 0 to 100; null while unknown.",
        ["CrawlEvent.state"] = "Where the crawl is, or how it ended.",
        ["CrawlEvent.status"] = "Where the crawl is, or how it ended.",
        ["CrawlEvent.at"] = "When this happened.",
        ["CrawlEvent.error"] = "Why the crawl failed, when it did.",
        ["CrawlStatus"] = "Where a crawl is, or how it ended.",
        ["CrawlStatus.QUEUED"] = "Waiting for its turn.",
        ["CrawlStatus.RUNNING"] = "Fetching.",
        ["CrawlStatus.PAUSED_RATE_LIMITED"] = "Waiting out an Instagram rate limit until `resumesAt`.",
        ["CrawlStatus.PAUSED_ACTION_BLOCKED"] = "Waiting out an action block of its session.",
        ["CrawlStatus.PAUSED_NEEDS_SESSION"] = "Waiting for a working Instagram session.",
        ["CrawlStatus.SUCCEEDED"] = "Ended with the whole lists.",
        ["CrawlStatus.INCOMPLETE"] = "Ended with part of a list: nobody is marked lost.",
        ["CrawlStatus.FAILED"] = "Ended with an error: nobody is marked lost.",
        ["CrawlStatus.CANCELLED"] = "Cancelled: nobody is marked lost.",
        ["CrawlLists"] = "Which lists a crawl fetches.",
        ["CrawlLists.FOLLOWERS"] = "The followers list only.",
        ["CrawlLists.FOLLOWING"] = "The following list only.",
        ["CrawlLists.BOTH"] = "Both lists.",
        ["CrawlMethod.HEAD_ONLY"] = "Read from the top until a run of known followers; the count said nobody left, so the rest was carried over.",
        ["CrawlMethod.FULL"] = "Read to the end.",
        ["BrowserStopSignal.LOGIN_REQUIRED"] = "A redirect to /accounts/login, `login_required` or `require_login`: pauses as PAUSED_NEEDS_SESSION.",
        ["BrowserStopSignal.CHECKPOINT_REQUIRED"] = "`checkpoint_required` or a challenge: pauses as PAUSED_NEEDS_SESSION.",
        ["BrowserStopSignal.FEEDBACK_REQUIRED"] = "`feedback_required` (an action block): pauses as PAUSED_ACTION_BLOCKED for `Instagram:ActionBlockPause`.",
        ["BrowserStopSignal.RATE_LIMITED"] = "HTTP 429: pauses as PAUSED_RATE_LIMITED for `Instagram:RateLimitPause`; the companion may claim the crawl again after it.",
        ["BrowserStopSignal.LOGGED_OUT"] = "Instagram logged the browser out (the automated-activity logout): pauses as PAUSED_NEEDS_SESSION.",
        ["CrawlSource.BROWSER"] = "Your own logged-in browser read the lists, through the browser companion extension.",
        ["CrawlSource.WEB_API"] = "instagram.com's own follower dialog.",
        ["CrawlSource.MOBILE_API"] = "The Android app's API.",
        ["CrawlSource.WEB_GRAPHQL"] = "The legacy query hashes.",
        ["CrawlSource.DATA_EXPORT"] = "An imported Instagram data download.",
        ["CrawlSource.MOBILE_GRAPHQL"] = "The Android app's private GraphQL follow lists.",
        ["ProfileRelation.account"] = "The tracked account.",
        ["ProfileRelation.mutual"] = "Whether they follow each other.",
        ["ProfileRelation.steps"] = "When the person came, left and came back, oldest first.",
        ["StoryStep.kind"] = "Whether the person appeared or left.",
        ["TimelinePoint.at"] = "When that crawl saw the lists.",
        ["TimelinePoint.followerCount"] = "Followers after the crawl.",
        ["TimelinePoint.followingCount"] = "Following after the crawl.",
        ["TimelinePoint.newFollowers"] = "Followers new in the crawl.",
        ["TimelinePoint.lostFollowers"] = "Followers lost in the crawl.",
        ["TimelinePoint.newFollowing"] = "Following new in the crawl.",
        ["TimelinePoint.lostFollowing"] = "Following lost in the crawl.",
        ["AccountInsights.followBack"] = "How many of its followers it follows back.",
        ["Backup.fileName"] = "The backup's file name in the data folder's backups/.",
        ["Growth.account"] = "The account.",
        ["GrowthMeasure"] = "How growth is measured.",
        ["GrowthMeasure.ABSOLUTE"] = "In followers.",
        ["GrowthMeasure.PERCENT"] = "In percent of the followers before.",
        ["ScheduledJob.name"] = "The job's name.",
        ["ScheduledJob.timeZone"] = "The time zone its schedule is in.",
        ["ScheduledJob.nextRunAt"] = "When it runs next.",
        ["ScheduledJob.lastRunAt"] = "When it last ran.",
        ["Network.nodes"] = "The profiles in the graph.",
        ["Network.edges"] = "Who follows whom among them.",
        ["NetworkNode"] = "A profile in the network graph.",
        ["NetworkNode.isTrackedAccount"] = "Whether it is a tracked account.",
        ["NetworkNode.pk"] = "The Instagram user id.",
        ["NetworkNode.username"] = "The Instagram username.",
        ["NetworkNode.fullName"] = "The name shown on the profile.",
        ["NetworkNode.profilePicUrl"] = "The profile picture's URL.",
        ["NetworkNode.isVerified"] = "Whether Instagram shows the verified badge.",
        ["NetworkEdge.source"] = "The node the edge starts at.",
        ["NetworkEdge.target"] = "The node the edge ends at.",
        ["NetworkEdge.relation"] = "Who follows whom between the two nodes.",
        ["NetworkRelation"] = "Which way a follow goes.",
        ["NetworkRelation.FOLLOWED_BY"] = "The profile follows the tracked account.",
        ["NetworkRelation.FOLLOWS"] = "The tracked account follows the profile.",
        ["NetworkRelation.MUTUAL"] = "Both follow each other.",
        ["InstagramSession.connected"] = "Whether a session is connected.",
        ["SessionHealth.UNKNOWN"] = "Not checked yet.",
        ["SessionHealth.HEALTHY"] = "Works.",
        ["SessionHealth.EXPIRED"] = "Logged out: import or log in again.",
        ["SessionHealth.CHECKPOINT"] = "Instagram wants the account checked in a browser.",
        ["SessionHealth.ACTION_BLOCKED"] = "Resting after an action block.",
        ["SessionHealth.APP_OUTDATED"] = "Instagram refused the app version the session presents.",
        ["ConnectedSession.label"] = "The name given to the session.",
        ["ConnectedSession.status"] = "Whether it works.",
        ["ConnectedSession.problem"] = "What is wrong and what to do, when something is.",
        ["ConnectedSession.lastCheckedAt"] = "When it was last checked with Instagram.",
        ["ConnectedSession.blockedUntil"] = "When its action block ends.",
        ["InstagramPacing.requestsPerMinute"] = "Requests per minute per session.",
        ["InstagramPacing.requestsPerHour"] = "Requests per hour per session.",
        ["AccountNotFoundError.id"] = "The ID given.",
        ["CrawlNotFoundError"] = "No crawl has the ID given.",
        ["CrawlNotFoundError.id"] = "The ID given.",
        ["CrawlAlreadyRunningError.crawl"] = "The crawl already running.",
        ["CrawlAlreadyRunningError.scrape"] = "The crawl already running.",
        ["CrawlNotCancellableError.crawl"] = "The crawl, which has ended.",
        ["CrawlNotCancellableError.scrape"] = "The crawl, which has ended.",
        ["InvalidSessionError"] = "The session was refused; the message says why and what to do.",
        ["TwoFactorChallenge.identifier"] = "Send it back with the code to `verifyTwoFactor`.",
        ["TwoFactorChallenge.username"] = "The account being logged in.",
        ["ArchiveRefusedError.problem"] = "What kind of problem the archive has.",
        ["ArchiveProblem"] = "Why a data download was refused.",
        ["ArchiveProblem.NOT_AN_ARCHIVE"] = "Not a ZIP.",
        ["ArchiveProblem.TRUNCATED"] = "The ZIP is cut short.",
        ["ArchiveProblem.TOO_LARGE"] = "Over the size or compression limits.",
        ["ArchiveProblem.UNSAFE_PATH"] = "An entry points outside the archive.",
        ["ArchiveProblem.NO_RELATIONS"] = "No followers or following files.",
        ["ArchiveProblem.UNKNOWN_LANGUAGE"] = "HTML dates in a language not understood.",
        ["ArchiveProblem.MALFORMED"] = "A file that cannot be read.",
        ["ArchiveProblem.NO_OWNER"] = "Whose archive it is cannot be told.",
        ["ArchiveProblem.OTHER_OWNER"] = "Someone else's archive.",
        ["ArchiveProblem.BUSY"] = "Another import is running.",
        ["StartCrawlInput.followers"] = "Fetch the followers list.",
        ["StartCrawlInput.following"] = "Fetch the following list.",
        ["StartScrapeInput.followers"] = "Fetch the followers list.",
        ["StartScrapeInput.following"] = "Fetch the following list.",
        ["BookmarkAccountInput.bookmarked"] = "True to bookmark, false to remove the bookmark.",
        ["ImportSessionInput.sessionId"] = "The `sessionid` cookie's value, or the whole Cookie header.",
        ["ImportSessionInput.csrfToken"] = "The `csrftoken` cookie, when not in the header given.",
        ["ImportSessionInput.dsUserId"] = "The account's Instagram user id, when not in the header given.",
        ["RemoveInstagramSessionInput.id"] = "The session's id.",
        ["LogInInput.username"] = "The Instagram username.",
        ["LogInInput.password"] = "The Instagram password; used once, never stored.",
        ["VerifyTwoFactorInput.identifier"] = "The `identifier` from `logIn`'s `twoFactor`.",
        ["VerifyTwoFactorInput.code"] = "The code from the authenticator app or SMS.",
        ["ScheduleRestoreInput.fileName"] = "The backup to restore at the next start.",
        ["MarkChangesReviewedInput.reviewed"] = "True to mark reviewed, false to unmark.",
        ["RunRefreshNowPayload.crawls"] = "The crawls queued.",
    };

    public override void VisitObject(IObjectGraphType type, ISchema schema) => Fill(type, Conventional(type.Name));
    public override void VisitInterface(IInterfaceGraphType type, ISchema schema) => Fill(type, null);
    public override void VisitInputObject(IInputObjectGraphType type, ISchema schema) => Fill(type, Conventional(type.Name));
    // Error unions are named after their mutation (`AddAccountError`), error object types after the fault (`InvalidHandleError`).
    public override void VisitUnion(UnionGraphType type, ISchema schema) =>
        Fill(type, type.Name.EndsWith("Error", StringComparison.Ordinal) ? $"The typed errors `{Mutation(type.Name, "Error")}` can return." : null);
    public override void VisitEnum(EnumerationGraphType type, ISchema schema) => Fill(type, null);
    public override void VisitScalar(ScalarGraphType type, ISchema schema) => Fill(type, null);

    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema) => FillField(field, type);
    public override void VisitInterfaceFieldDefinition(FieldType field, IInterfaceGraphType type, ISchema schema) => FillField(field, type);
    public override void VisitInputObjectFieldDefinition(FieldType field, IInputObjectGraphType type, ISchema schema) => FillField(field, type);

    public override void VisitEnumValue(EnumValueDefinition value, EnumerationGraphType type, ISchema schema)
    {
        if (string.IsNullOrEmpty(value.Description) && Written.TryGetValue($"{type.Name}.{value.Name}", out var text)) value.Description = text;
    }

    private static void Fill(IGraphType type, string? conventional)
    {
        if (!string.IsNullOrEmpty(type.Description) || type.Name.StartsWith("__", StringComparison.Ordinal)) return;
        type.Description = Written.GetValueOrDefault(type.Name) ?? conventional;
    }

    private static string? Conventional(string name) =>
        name.EndsWith("OperationFilterInput", StringComparison.Ordinal) ? $"Conditions on a {name[..^"OperationFilterInput".Length]} value; all given must hold."
        : name.EndsWith("FilterInput", StringComparison.Ordinal) ? $"Which {name[..^"FilterInput".Length]} rows to include: all conditions given must hold; combine with `and` and `or`."
        : name.EndsWith("SortInput", StringComparison.Ordinal) ? $"One sort key for {name[..^"SortInput".Length]} rows: set one field; list several to sort by each in turn."
        : name.EndsWith("Payload", StringComparison.Ordinal) ? $"What `{Mutation(name, "Payload")}` did, or its typed `errors` saying why not."
        : name.EndsWith("Input", StringComparison.Ordinal) ? $"The input of `{Mutation(name, "Input")}`."
        : null;

    private static string Mutation(string name, string suffix) => char.ToLowerInvariant(name[0]) + name[1..^suffix.Length];

    private static void FillField(FieldType field, IGraphType owner)
    {
        if (!string.IsNullOrEmpty(field.Description)) return;
        var name = owner.Name;
        field.Description = Written.GetValueOrDefault($"{name}.{field.Name}")
            ?? (name.EndsWith("FilterInput", StringComparison.Ordinal) && Operators.TryGetValue(field.Name, out var op) ? op : null)
            ?? (name.EndsWith("FilterInput", StringComparison.Ordinal) ? $"Condition on `{field.Name}`." : null)
            ?? (name.EndsWith("SortInput", StringComparison.Ordinal) ? $"Sort by `{field.Name}`." : null)
            ?? (name.EndsWith("Payload", StringComparison.Ordinal) && field.Name == "errors" ? $"Why `{Mutation(name, "Payload")}` did not do what was asked; null when it did." : null)
            ?? (name.EndsWith("Payload", StringComparison.Ordinal) ? $"The {Words(field.Name)} as `{Mutation(name, "Payload")}` left it." : null)
            ?? (field.Name == "message" && owner is IObjectGraphType o && o.ResolvedInterfaces.Any(i => i.Name == "Error") ? "What went wrong, and what to do about it." : null)
            ?? (field.Name == "id" && owner is IObjectGraphType ? $"The {Words(name)}'s global ID (for `node(id:)`)." : null)
            ?? (field.Name.EndsWith("Id", StringComparison.Ordinal) && field.Name.Length > 2 ? $"The {Words(field.Name[..^2])}'s ID." : null);
    }

    /// <summary>`followersFetched` → `followers fetched`.</summary>
    private static string Words(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
