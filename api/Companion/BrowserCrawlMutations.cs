using System.Globalization;
using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Followers;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Errors;
using InstaIntel.Api.GraphQL.Relay;
using InstaIntel.Api.Tokens;

namespace InstaIntel.Api.Companion;

public sealed record BrowserCrawlInput(string CrawlId);

public sealed record ReportBrowserStopInput(string CrawlId, BrowserStopSignal Signal, string? Detail);

public sealed record ClaimBrowserCrawlPayload(Crawl? Crawl, BrowserPlan? Plan, IReadOnlyList<IUserError>? Errors = null) : IPayload;

public sealed record SubmitBrowserPagePayload(CrawlProgress? Progress, IReadOnlyList<IUserError>? Errors = null) : IPayload;

/// <summary>
/// What the browser companion does with a crawl of source BROWSER (`crawl` scope): claim it, submit its pages, report a
/// stop signal; and the dashboard's "Resume in my browser".
/// </summary>
public sealed class BrowserCrawlMutations : ISchemaFeature
{
    private static readonly Type[] HoldErrors =
        [typeof(CrawlNotFoundErrorType), typeof(NotABrowserCrawlErrorType), typeof(CrawlClaimedElsewhereErrorType), typeof(BrowserCrawlStateErrorType)];

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field("claimBrowserCrawl", MutationTypes.Payload<ClaimBrowserCrawlPayload>("ClaimBrowserCrawl", p =>
            {
                p.Field<CrawlType>("crawl").Description("The crawl, now running under this companion's claim.").Resolve(c => c.Source.Crawl);
                p.Field<BrowserPlanType>("plan").Description("What to read, and from where.").Resolve(c => c.Source.Plan);
            }, HoldErrors))
            .Description("Claims a queued browser crawl for the calling companion (its API token) and marks it running; the plan says where each list goes on. A crawl another token holds is refused unless that token was revoked.")
            .Argument(CrawlIdInput("ClaimBrowserCrawl"), "input")
            .ResolveAsync(async c =>
            {
                var (crawl, plan, error) = await Service(c).ClaimAsync(KeyOf(c), Holder(c), c.CancellationToken);
                return new ClaimBrowserCrawlPayload(crawl, plan, Errors(error));
            });

        mutation.Field("submitBrowserPage", MutationTypes.Payload<SubmitBrowserPagePayload>("SubmitBrowserPage",
                p => p.Field<CrawlProgressType>("progress").Description("How far the crawl has got with this page stored; SUCCEEDED after the last one.").Resolve(c => c.Source.Progress),
                [.. HoldErrors, typeof(PageOutOfOrderErrorType), typeof(InvalidPageErrorType)]))
            .Description($"Stores one page of a list the companion read, with the cursor it was asked with (null for the first) and the next one (null on the last page). Pages come in order, at most {SubmitBrowserPageInput.MaxUsers} users each, checked as any answer of Instagram's is. After the last page of the last list the crawl completes as a server crawl does.")
            .Argument(MutationTypes.Input<SubmitBrowserPageInput>("SubmitBrowserPage", i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("crawlId");
                i.Field<NonNullGraphType<FollowListGraphType>>("list").Description("The list the page belongs to.");
                i.Field<StringGraphType>("cursor").Description("The cursor (`max_id`) this page was asked with; null for the list's first page.");
                i.Field<StringGraphType>("nextCursor").Description("The answer's `next_max_id`; null when the list has ended.");
                i.Field<StringGraphType>("targetPk").Description("Instagram's user id of the crawled account, in digits; needed while the plan's `targetPk` is null.");
                i.Field<IntGraphType>("expected").Description("The profile's follower or following count, when known.");
                i.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BrowserUserInputType>>>>("users").Description($"The people the page lists, in its order (at most {SubmitBrowserPageInput.MaxUsers}).");
            }), "input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SubmitBrowserPageInput>("input");
                if (GlobalId.KeyOf(input.CrawlId, CrawlType.TypeName) is not { } key) return new SubmitBrowserPagePayload(null, [NotFound(input.CrawlId)]);
                var (progress, error) = await Service(c).SubmitAsync(input, key, Holder(c), c.CancellationToken);
                return new SubmitBrowserPagePayload(progress, Errors(error));
            });

        mutation.Field("reportBrowserStop", CrawlMutations.PayloadType("ReportBrowserStop", "crawl", HoldErrors))
            .Description("Pauses a browser crawl on a stop signal the companion met on instagram.com, with the status and advice a server crawl gets for it, and releases the claim. The companion never retries a stop: the user resumes the crawl.")
            .Argument(MutationTypes.Input<ReportBrowserStopInput>("ReportBrowserStop", i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("crawlId");
                i.Field<NonNullGraphType<BrowserStopSignalType>>("signal").Description("What instagram.com showed.");
                i.Field<StringGraphType>("detail").Description("What instagram.com said, e.g. its `message` or `feedback_message`; shown to the user.");
            }), "input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ReportBrowserStopInput>("input");
                if (GlobalId.KeyOf(input.CrawlId, CrawlType.TypeName) is not { } key) return new CrawlPayload(null, [NotFound(input.CrawlId)]);
                var (crawl, error) = await Service(c).StopAsync(key, input.Signal, input.Detail, Holder(c), c.CancellationToken);
                return new CrawlPayload(crawl, Errors(error));
            });

        mutation.Field("resumeBrowserCrawl", CrawlMutations.PayloadType("ResumeBrowserCrawl", "crawl", HoldErrors))
            .Description("\"Resume in my browser\": queues a paused browser crawl again; the companion claims it and goes on from its last stored page.")
            .Argument(CrawlIdInput("ResumeBrowserCrawl"), "input")
            .ResolveAsync(async c =>
            {
                var (crawl, error) = await Service(c).ResumeAsync(KeyOf(c), c.CancellationToken);
                return new CrawlPayload(crawl, Errors(error));
            });
    }

    private static IGraphType CrawlIdInput(string mutation) =>
        MutationTypes.Input<BrowserCrawlInput>(mutation, i => i.Field<NonNullGraphType<IdGraphType>>("crawlId"));

    private static BrowserCrawls Service(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<BrowserCrawls>();

    /// <summary>The crawl's key; an ID of no crawl is 0, which no crawl has.</summary>
    private static long KeyOf(IResolveFieldContext c) => GlobalId.KeyOf(c.GetArgument<BrowserCrawlInput>("input").CrawlId, CrawlType.TypeName) ?? 0;

    private static string Holder(IResolveFieldContext c) =>
        BrowserCrawls.HolderOf(c.User?.FindFirst(TokenGate.TokenIdClaim)?.Value is { } id ? long.Parse(id, CultureInfo.InvariantCulture) : null);

    private static CrawlNotFoundError NotFound(string id) => new($"No crawl has the ID `{id}`.", id);

    private static IReadOnlyList<IUserError>? Errors(IUserError? error) => error is null ? null : [error];
}

public sealed class BrowserUserInputType : InputObjectGraphType<BrowserUserInput>
{
    public BrowserUserInputType()
    {
        Name = "BrowserUserInput";
        Description = "A person as instagram.com's friendships answer lists them.";
        Field<NonNullGraphType<StringGraphType>>("pk").Description("Instagram's user id (`pk` or `pk_id`), digits only.");
        Field<NonNullGraphType<StringGraphType>>("username").Description("Their username, as Instagram allows them (1 to 30 letters, digits, periods and underscores).");
        Field<StringGraphType>("fullName").Description("Their name (`full_name`); kept to 150 characters.");
        Field<StringGraphType>("profilePicUrl").Description("Their picture (`profile_pic_url`), an https URL.");
        Field<BooleanGraphType>("isVerified").Description("`is_verified`.");
        Field<BooleanGraphType>("isPrivate").Description("`is_private`.");
    }
}

public sealed class BrowserPlanType : ObjectGraphType<BrowserPlan>
{
    public BrowserPlanType()
    {
        Name = "BrowserPlan";
        Description = "What the companion reads for a claimed crawl.";
        Field<StringGraphType>("targetPk").Description("Instagram's user id of the crawled account; null when unknown: look it up on the profile and send it with the first page.")
            .Resolve(c => c.Source.TargetPk?.ToString(CultureInfo.InvariantCulture));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BrowserListPlanType>>>>("lists").Description("Each list the crawl reads, followers first.").Resolve(c => c.Source.Lists);
        Field(x => x.PageSize).Description("Users to ask for a page (`count=`), as instagram.com's own dialog does.");
    }
}

public sealed class BrowserListPlanType : ObjectGraphType<BrowserListPlan>
{
    public BrowserListPlanType()
    {
        Name = "BrowserListPlan";
        Description = "Where one list of a browser crawl goes on.";
        Field<NonNullGraphType<FollowListGraphType>>("list").Description("Which list.").Resolve(c => c.Source.List);
        Field(x => x.Cursor, nullable: true).Description("The cursor (`max_id`) to go on from; null: from the top.");
        Field(x => x.Fetched).Description("Users stored for this list so far.");
        Field(x => x.Done).Description("The list is read to its end: skip it.");
    }
}

public sealed class BrowserStopSignalType : EnumerationGraphType<BrowserStopSignal>
{
    public BrowserStopSignalType()
    {
        Name = "BrowserStopSignal";
        Description = "A stop signal instagram.com gave the browser companion.";
        Values["LOGIN_REQUIRED"].Description = "A redirect to /accounts/login, `login_required` or `require_login`: pauses as PAUSED_NEEDS_SESSION.";
        Values["CHECKPOINT_REQUIRED"].Description = "`checkpoint_required` or a challenge: pauses as PAUSED_NEEDS_SESSION.";
        Values["FEEDBACK_REQUIRED"].Description = "`feedback_required` (an action block): pauses as PAUSED_ACTION_BLOCKED for `Instagram:ActionBlockPause`.";
        Values["RATE_LIMITED"].Description = "HTTP 429: pauses as PAUSED_RATE_LIMITED for `Instagram:RateLimitPause`; the companion may claim the crawl again after it.";
        Values["LOGGED_OUT"].Description = "Instagram logged the browser out (the automated-activity logout): pauses as PAUSED_NEEDS_SESSION.";
    }
}
