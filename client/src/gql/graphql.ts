/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AccountFilterInput = {
  and?: Array<AccountFilterInput> | null | undefined;
  bookmarked?: BooleanOperationFilterInput | null | undefined;
  followerCount?: IntOperationFilterInput | null | undefined;
  fullName?: StringOperationFilterInput | null | undefined;
  isPrivate?: BooleanOperationFilterInput | null | undefined;
  isVerified?: BooleanOperationFilterInput | null | undefined;
  lastCrawledAt?: DateTimeOperationFilterInput | null | undefined;
  lastScrapedAt?: DateTimeOperationFilterInput | null | undefined;
  or?: Array<AccountFilterInput> | null | undefined;
  username?: StringOperationFilterInput | null | undefined;
};

export type AccountSortInput = {
  createdAt?: SortEnumType | null | undefined;
  followerCount?: SortEnumType | null | undefined;
  fullName?: SortEnumType | null | undefined;
  lastCrawledAt?: SortEnumType | null | undefined;
  lastScrapedAt?: SortEnumType | null | undefined;
  username?: SortEnumType | null | undefined;
};

export type AddAccountInput = {
  /** A username, @username or instagram.com profile URL. */
  target: string;
};

export type BookmarkAccountInput = {
  accountId: string | number;
  bookmarked: boolean;
};

export type BooleanOperationFilterInput = {
  eq?: boolean | null | undefined;
  neq?: boolean | null | undefined;
};

export type CancelCrawlInput = {
  crawlId: string | number;
};

/** BASELINE: in the list's first complete crawl (nobody is new in it); NEW: appeared or came back; LOST: left. */
export type ChangeKind =
  | 'BASELINE'
  | 'LOST'
  | 'NEW';

export type ChangeKindOperationFilterInput = {
  eq?: ChangeKind | null | undefined;
  in?: Array<ChangeKind> | null | undefined;
  neq?: ChangeKind | null | undefined;
  nin?: Array<ChangeKind> | null | undefined;
};

/** The period of one point of a count curve, in UTC: a day, an ISO week from Monday, or a calendar month. */
export type CountInterval =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

export type DateTimeOperationFilterInput = {
  eq?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
  neq?: string | null | undefined;
  ngt?: string | null | undefined;
  ngte?: string | null | undefined;
  nin?: Array<string | null | undefined> | null | undefined;
  nlt?: string | null | undefined;
  nlte?: string | null | undefined;
};

export type DeleteAccountInput = {
  accountId: string | number;
};

/** CSV (UTF-8 with BOM), XLSX or JSON (an array). */
export type ExportFormat =
  | 'CSV'
  | 'JSON'
  | 'XLSX';

/** One of the two lists Instagram serves for an account. */
export type FollowList =
  | 'FOLLOWERS'
  | 'FOLLOWING';

export type FollowerChangeFilterInput = {
  and?: Array<FollowerChangeFilterInput> | null | undefined;
  at?: DateTimeOperationFilterInput | null | undefined;
  kind?: ChangeKindOperationFilterInput | null | undefined;
  or?: Array<FollowerChangeFilterInput> | null | undefined;
  reviewed?: BooleanOperationFilterInput | null | undefined;
  username?: StringOperationFilterInput | null | undefined;
};

export type FollowerFilterInput = {
  and?: Array<FollowerFilterInput> | null | undefined;
  firstSeenAt?: DateTimeOperationFilterInput | null | undefined;
  fullName?: StringOperationFilterInput | null | undefined;
  isLost?: BooleanOperationFilterInput | null | undefined;
  isNew?: BooleanOperationFilterInput | null | undefined;
  isPrivate?: BooleanOperationFilterInput | null | undefined;
  isVerified?: BooleanOperationFilterInput | null | undefined;
  lastSeenAt?: DateTimeOperationFilterInput | null | undefined;
  lostAt?: DateTimeOperationFilterInput | null | undefined;
  or?: Array<FollowerFilterInput> | null | undefined;
  pk?: LongOperationFilterInput | null | undefined;
  username?: StringOperationFilterInput | null | undefined;
};

export type FollowerSortInput = {
  firstSeenAt?: SortEnumType | null | undefined;
  fullName?: SortEnumType | null | undefined;
  lostAt?: SortEnumType | null | undefined;
  pk?: SortEnumType | null | undefined;
  username?: SortEnumType | null | undefined;
};

/** A list of a tracked account: its followers, following, mutuals, fans or those it follows who do not follow back. */
export type FollowerView =
  | 'FANS'
  | 'FOLLOWERS'
  | 'FOLLOWING'
  | 'MUTUALS'
  | 'NOT_FOLLOWING_BACK';

export type IgnoreProfilesInput = {
  accountId: string | number;
  /** True adds them to the ignore list, false takes them off. */
  ignored: boolean;
  /** Instagram user ids; at most 5000 per call. */
  pks: Array<number>;
};

export type ImportCountsInput = {
  accountId: string | number;
  /** The file's text. */
  csv: string;
};

export type ImportSessionInput = {
  csrfToken?: string | null | undefined;
  dsUserId?: number | null | undefined;
  /** A name for this session in Settings, e.g. the account or the machine it came from. */
  label?: string | null | undefined;
  /** `http://host:port` (credentials may be in the URL): every request of this session goes through it, so Instagram sees the account from one IP. */
  proxy?: string | null | undefined;
  sessionId: string;
};

export type IntOperationFilterInput = {
  eq?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number | null | undefined> | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
  neq?: number | null | undefined;
  ngt?: number | null | undefined;
  ngte?: number | null | undefined;
  nin?: Array<number | null | undefined> | null | undefined;
  nlt?: number | null | undefined;
  nlte?: number | null | undefined;
};

export type LogInInput = {
  password: string;
  username: string;
};

export type LongOperationFilterInput = {
  eq?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number | null | undefined> | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
  neq?: number | null | undefined;
  ngt?: number | null | undefined;
  ngte?: number | null | undefined;
  nin?: Array<number | null | undefined> | null | undefined;
  nlt?: number | null | undefined;
  nlte?: number | null | undefined;
};

export type MarkChangesReviewedInput = {
  accountId: string | number;
  /** `FollowerChange` IDs; at most 5000 per call. */
  ids: Array<string | number>;
  reviewed: boolean;
};

export type NetworkRelation =
  | 'FOLLOWED_BY'
  | 'FOLLOWS'
  | 'MUTUAL';

/** Which profile field changed. */
export type ProfileEventKind =
  | 'BIOGRAPHY'
  | 'EXTERNAL_URL'
  | 'FULL_NAME'
  | 'PICTURE'
  | 'PRIVATE'
  | 'RENAMED'
  | 'VERIFIED';

/** What `rankings` orders by, largest first. */
export type RankBy =
  /** The latest follower count. */
  | 'FOLLOWERS'
  /** Followers gained over the last 7 days. */
  | 'GAIN_7D'
  /** Followers gained over the last 30 days. */
  | 'GAIN_30D'
  /** Followers gained over the last 30 days, in % of the count at its start. */
  | 'GROWTH_PCT_30D';

export type RemoveInstagramSessionInput = {
  id: string | number;
};

export type ScheduleRestoreInput = {
  fileName: string;
};

export type ScrapeLists =
  | 'BOTH'
  | 'FOLLOWERS'
  | 'FOLLOWING';

/** WEB_API: instagram.com's own follower dialog; MOBILE_API: the Android app's API; WEB_GRAPHQL: the legacy query hashes. */
export type ScrapeSource =
  | 'DATA_EXPORT'
  | 'MOBILE_API'
  | 'WEB_API'
  | 'WEB_GRAPHQL';

export type ScrapeStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'INCOMPLETE'
  | 'PAUSED_ACTION_BLOCKED'
  | 'PAUSED_NEEDS_SESSION'
  | 'PAUSED_RATE_LIMITED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** UNKNOWN until first checked; EXPIRED and CHECKPOINT need the user to log in again; ACTION_BLOCKED rests until `blockedUntil`. */
export type SessionHealth =
  | 'ACTION_BLOCKED'
  | 'CHECKPOINT'
  | 'EXPIRED'
  | 'HEALTHY'
  | 'UNKNOWN';

export type SetTrackingLevelInput = {
  accountId: string | number;
  level: TrackingLevel;
};

export type SortEnumType =
  | 'ASC'
  | 'DESC';

export type StartCrawlInput = {
  followers?: boolean | null | undefined;
  following?: boolean | null | undefined;
  /** Ask Instagram for everything afresh instead of reusing what crawls of the last day (`Instagram:CacheFor`) fetched. */
  forceRefresh?: boolean | null | undefined;
  /** A username, @username or instagram.com profile URL. */
  target: string;
  /** Crawl with your own logged-in session (needed for private accounts you follow). Instagram shows lists only to logged-in sessions, so this is the only mode today. */
  usePrivateSession?: boolean | null | undefined;
};

export type StringOperationFilterInput = {
  and?: Array<StringOperationFilterInput> | null | undefined;
  contains?: string | null | undefined;
  endsWith?: string | null | undefined;
  eq?: string | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  ncontains?: string | null | undefined;
  nendsWith?: string | null | undefined;
  neq?: string | null | undefined;
  nin?: Array<string | null | undefined> | null | undefined;
  nstartsWith?: string | null | undefined;
  or?: Array<StringOperationFilterInput> | null | undefined;
  startsWith?: string | null | undefined;
};

/** COUNTS: the profile's counts once a day (one request); LISTS: counts plus follower and following crawls. */
export type TrackingLevel =
  | 'COUNTS'
  | 'LISTS';

export type VerifyTwoFactorInput = {
  code: string;
  identifier: string;
};

export type AccountHeaderFragment = { id: string, username: string, fullName: string, profilePicUrl: string | null, isVerified: boolean, isPrivate: boolean, lastCrawledAt: string | null };

export type AccountRowFragment = { followerCount: number | null, followingCount: number | null, bookmarked: boolean, trackingLevel: TrackingLevel, id: string, username: string, fullName: string, profilePicUrl: string | null, isVerified: boolean, isPrivate: boolean, lastCrawledAt: string | null, timeline: Array<{ followerCount: number | null }>, recent: Array<{ followers: number | null }>, week: { absolute: number, percent: number | null } | null };

export type AccountListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  where?: AccountFilterInput | null | undefined;
  order?: Array<AccountSortInput> | AccountSortInput | null | undefined;
  countsFrom?: string | null | undefined;
}>;


export type AccountListQuery = { accounts: { totalCount: number, nodes: Array<{ followerCount: number | null, followingCount: number | null, bookmarked: boolean, trackingLevel: TrackingLevel, id: string, username: string, fullName: string, profilePicUrl: string | null, isVerified: boolean, isPrivate: boolean, lastCrawledAt: string | null, timeline: Array<{ followerCount: number | null }>, recent: Array<{ followers: number | null }>, week: { absolute: number, percent: number | null } | null }> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type BookmarkAccountMutationVariables = Exact<{
  input: BookmarkAccountInput;
}>;


export type BookmarkAccountMutation = { bookmarkAccount: { account: { id: string, bookmarked: boolean } | null, errors: Array<{ message: string }> | null } };

export type DeleteAccountMutationVariables = Exact<{
  input: DeleteAccountInput;
}>;


export type DeleteAccountMutation = { deleteAccount: { deletedAccountId: string | null, errors: Array<{ message: string }> | null } };

export type AccountCountsQueryVariables = Exact<{
  username: string;
  from?: string | null | undefined;
  every: CountInterval;
}>;


export type AccountCountsQuery = { account: { id: string, trackingLevel: TrackingLevel, counts: Array<{ at: string, followers: number | null, following: number | null, posts: number | null }>, week: { absolute: number, percent: number | null } | null, month: { absolute: number, percent: number | null } | null, projection: { at: string, followers: number, low: number, high: number, slopePerDay: number } | null, profileEvents: Array<{ at: string, kind: ProfileEventKind, before: string | null, after: string | null }> } | null };

export type RankingsQueryVariables = Exact<{
  by: RankBy;
  first: number;
}>;


export type RankingsQuery = { rankings: Array<{ rank: number, followers: number, gain7d: number | null, gain30d: number | null, growthPct30d: number | null, account: { id: string, username: string, fullName: string, profilePicUrl: string | null, trackingLevel: TrackingLevel } }> };

export type SetTrackingLevelMutationVariables = Exact<{
  input: SetTrackingLevelInput;
}>;


export type SetTrackingLevelMutation = { setTrackingLevel: { account: { id: string, trackingLevel: TrackingLevel } | null, errors: Array<{ message: string }> | null } };

export type ImportCountsMutationVariables = Exact<{
  input: ImportCountsInput;
}>;


export type ImportCountsMutation = { importCounts: { imported: number, errors: Array<
      | { message: string }
      | { message: string }
    > | null } };

export type WatchAccountMutationVariables = Exact<{
  input: AddAccountInput;
}>;


export type WatchAccountMutation = { addAccount: { account: { id: string, username: string } | null, errors: Array<{ message: string }> | null } };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { dashboard: { trackedAccounts: number, totalProfiles: number, totalEdges: number, lastRunAt: string | null } };

export type GrowthQueryVariables = Exact<{
  days: number;
}>;


export type GrowthQuery = { dashboard: { topGrowth: Array<{ baseline: number, latest: number, absolute: number, percent: number | null, account: { id: string, username: string }, points: Array<{ at: string, followerCount: number | null }> }> } };

export type GlobalSearchQueryVariables = Exact<{
  text: string;
}>;


export type GlobalSearchQuery = { search: { accounts: Array<{ id: string, username: string, fullName: string, profilePicUrl: string | null, followerCount: number | null }>, profiles: Array<{ id: string, pk: number, username: string, fullName: string, profilePicUrl: string | null, isVerified: boolean }> } };

export type DemoModeQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoModeQuery = { demoMode: boolean };

export type IgnoreProfilesMutationVariables = Exact<{
  input: IgnoreProfilesInput;
}>;


export type IgnoreProfilesMutation = { ignoreProfiles: { account: { id: string } | null, errors: Array<{ message: string }> | null } };

export type IgnoredProfilesQueryVariables = Exact<{
  username: string;
}>;


export type IgnoredProfilesQuery = { account: { id: string, ignoredProfiles: Array<{ pk: number, username: string, fullName: string, profilePicUrl: string | null }> } | null };

export type AccountOverviewQueryVariables = Exact<{
  username: string;
}>;


export type AccountOverviewQuery = { account: { id: string, username: string, fullName: string, profilePicUrl: string | null, isVerified: boolean, isPrivate: boolean, lastCrawledAt: string | null, followers: { totalCount: number } | null, following: { totalCount: number } | null, mutuals: { totalCount: number } | null, fans: { totalCount: number } | null, notFollowingBack: { totalCount: number } | null } | null };

export type FollowerRowFragment = { id: string, pk: number, username: string, fullName: string, profilePicUrl: string | null, isVerified: boolean, isPrivate: boolean, firstSeenAt: string, lostAt: string | null, isNew: boolean, isLost: boolean };

export type FollowerListQueryVariables = Exact<{
  username: string;
  first: number;
  after?: string | null | undefined;
  where?: FollowerFilterInput | null | undefined;
  order?: Array<FollowerSortInput> | FollowerSortInput | null | undefined;
  followers: boolean;
  following: boolean;
  mutuals: boolean;
  fans: boolean;
  notFollowingBack: boolean;
}>;


export type FollowerListQuery = { account: { id: string, followers?: { totalCount: number, nodes: Array<{ id: string, pk: number, username: string, fullName: string, profilePicUrl: string | null, isVerified: boolean, isPrivate: boolean, firstSeenAt: string, lostAt: string | null, isNew: boolean, isLost: boolean }> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null, following?: { totalCount: number, nodes: Array<{ id: string, pk: number, username: string, fullName: string, profilePicUrl: string | null, isVerified: boolean, isPrivate: boolean, firstSeenAt: string, lostAt: string | null, isNew: boolean, isLost: boolean }> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null, mutuals?: { totalCount: number, nodes: Array<{ id: string, pk: number, username: string, fullName: string, profilePicUrl: string | null, isVerified: boolean, isPrivate: boolean, firstSeenAt: string, lostAt: string | null, isNew: boolean, isLost: boolean }> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null, fans?: { totalCount: number, nodes: Array<{ id: string, pk: number, username: string, fullName: string, profilePicUrl: string | null, isVerified: boolean, isPrivate: boolean, firstSeenAt: string, lostAt: string | null, isNew: boolean, isLost: boolean }> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null, notFollowingBack?: { totalCount: number, nodes: Array<{ id: string, pk: number, username: string, fullName: string, profilePicUrl: string | null, isVerified: boolean, isPrivate: boolean, firstSeenAt: string, lostAt: string | null, isNew: boolean, isLost: boolean }> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type ExportUrlQueryVariables = Exact<{
  username: string;
  view: FollowerView;
  format: ExportFormat;
  where?: FollowerFilterInput | null | undefined;
  order?: Array<FollowerSortInput> | FollowerSortInput | null | undefined;
}>;


export type ExportUrlQuery = { account: { id: string, exportUrl: string } | null };

export type ChangeHistoryQueryVariables = Exact<{
  username: string;
  list: FollowList;
  kind?: ChangeKind | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  where?: FollowerChangeFilterInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ChangeHistoryQuery = { account: { id: string, changes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: ChangeKind, at: string, reviewed: boolean, pk: number, username: string, fullName: string, profilePicUrl: string | null, profileUrl: string }> | null } | null } | null };

export type MarkChangesReviewedMutationVariables = Exact<{
  input: MarkChangesReviewedInput;
}>;


export type MarkChangesReviewedMutation = { markChangesReviewed: { updatedCount: number, errors: Array<{ message: string }> | null } };

export type CompleteCrawlsQueryVariables = Exact<{
  username: string;
}>;


export type CompleteCrawlsQuery = { account: { id: string, scrapes: { nodes: Array<{ id: string, finishedAt: string | null, lists: ScrapeLists, followersTotal: number | null, followingTotal: number | null }> | null } | null } | null };

export type CompareCrawlsQueryVariables = Exact<{
  username: string;
  from: string | number;
  to: string | number;
  list: FollowList;
}>;


export type CompareCrawlsQuery = { account: { id: string, compareCrawls: { from: { id: string, finishedAt: string | null }, to: { id: string, finishedAt: string | null }, joined: { totalCount: number, nodes: Array<{ pk: number, username: string, fullName: string, profilePicUrl: string | null }> | null } | null, left: { totalCount: number, nodes: Array<{ pk: number, username: string, fullName: string, profilePicUrl: string | null }> | null } | null } } | null };

export type AccountInsightsQueryVariables = Exact<{
  username: string;
  ghostDays?: number | null | undefined;
}>;


export type AccountInsightsQuery = { account: { id: string, timeline: Array<{ crawlId: string, at: string, followerCount: number | null, followingCount: number | null, newFollowers: number | null, lostFollowers: number | null }>, insights: { ghostCaveat: string, followBack: { fans: number, notFollowingBack: number, mutuals: number, newFollowers: number, lostFollowers: number }, ghostCandidates: { totalCount: number, nodes: Array<{ id: string, username: string, fullName: string, profilePicUrl: string | null, firstSeenAt: string }> | null } | null } } | null };

export type NetworkQueryVariables = Exact<{
  accounts?: Array<string | number> | string | number | null | undefined;
  minShared: number;
  maxNodes: number;
}>;


export type NetworkQuery = { network: { totalNodeCount: number, totalEdgeCount: number, truncated: boolean, nodes: Array<{ id: string, isTrackedAccount: boolean, username: string, fullName: string, profilePicUrl: string | null, isVerified: boolean, degree: number }>, edges: Array<{ source: string, target: string, relation: NetworkRelation }> }, accounts: { nodes: Array<{ id: string, username: string }> | null } | null };

export type ProfileStoryQueryVariables = Exact<{
  pk: number;
}>;


export type ProfileStoryQuery = { profile: { pk: number, username: string, fullName: string, profilePicUrl: string | null, isVerified: boolean, isPrivate: boolean, profileUrl: string, relations: Array<{ followsAccount: boolean, followedByAccount: boolean, mutual: boolean, account: { id: string, username: string }, steps: Array<{ list: FollowList, kind: ChangeKind, at: string }> }> } | null };

export type ProgressCountsFragment = { fetched: number, expected: number | null, percent: number | null, rate: number | null, etaSeconds: number | null };

export type ScrapeFieldsFragment = { id: string, target: string, status: ScrapeStatus, active: boolean, lists: ScrapeLists, source: ScrapeSource | null, createdAt: string, startedAt: string | null, finishedAt: string | null, resumesAt: string | null, error: string | null, followersNew: number | null, followersLost: number | null, followingNew: number | null, followingLost: number | null, followersTotal: number | null, followingTotal: number | null, progress: { fetched: number, expected: number | null, percent: number | null, rate: number | null, etaSeconds: number | null } };

export type ScrapeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ScrapeByIdQuery = { crawl: { id: string, target: string, status: ScrapeStatus, active: boolean, lists: ScrapeLists, source: ScrapeSource | null, createdAt: string, startedAt: string | null, finishedAt: string | null, resumesAt: string | null, error: string | null, followersNew: number | null, followersLost: number | null, followingNew: number | null, followingLost: number | null, followersTotal: number | null, followingTotal: number | null, progress: { fetched: number, expected: number | null, percent: number | null, rate: number | null, etaSeconds: number | null } } | null };

export type ScrapeHistoryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ScrapeHistoryQuery = { crawls: { totalCount: number, nodes: Array<{ id: string, target: string, status: ScrapeStatus, active: boolean, lists: ScrapeLists, source: ScrapeSource | null, createdAt: string, startedAt: string | null, finishedAt: string | null, resumesAt: string | null, error: string | null, followersNew: number | null, followersLost: number | null, followingNew: number | null, followingLost: number | null, followersTotal: number | null, followingTotal: number | null, progress: { fetched: number, expected: number | null, percent: number | null, rate: number | null, etaSeconds: number | null } }> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type StartScrapeMutationVariables = Exact<{
  input: StartCrawlInput;
}>;


export type StartScrapeMutation = { startCrawl: { crawl: { id: string, target: string, status: ScrapeStatus, active: boolean, lists: ScrapeLists, source: ScrapeSource | null, createdAt: string, startedAt: string | null, finishedAt: string | null, resumesAt: string | null, error: string | null, followersNew: number | null, followersLost: number | null, followingNew: number | null, followingLost: number | null, followersTotal: number | null, followingTotal: number | null, progress: { fetched: number, expected: number | null, percent: number | null, rate: number | null, etaSeconds: number | null } } | null, errors: Array<
      | { __typename: 'InvalidHandleError', message: string }
      | { __typename: 'NoListChosenError', message: string }
      | { __typename: 'ScrapeAlreadyRunningError', message: string, crawl: { id: string, target: string, status: ScrapeStatus, active: boolean, lists: ScrapeLists, source: ScrapeSource | null, createdAt: string, startedAt: string | null, finishedAt: string | null, resumesAt: string | null, error: string | null, followersNew: number | null, followersLost: number | null, followingNew: number | null, followingLost: number | null, followersTotal: number | null, followingTotal: number | null, progress: { fetched: number, expected: number | null, percent: number | null, rate: number | null, etaSeconds: number | null } } }
    > | null } };

export type CancelScrapeMutationVariables = Exact<{
  input: CancelCrawlInput;
}>;


export type CancelScrapeMutation = { cancelCrawl: { crawl: { id: string, target: string, status: ScrapeStatus, active: boolean, lists: ScrapeLists, source: ScrapeSource | null, createdAt: string, startedAt: string | null, finishedAt: string | null, resumesAt: string | null, error: string | null, followersNew: number | null, followersLost: number | null, followingNew: number | null, followingLost: number | null, followersTotal: number | null, followingTotal: number | null, progress: { fetched: number, expected: number | null, percent: number | null, rate: number | null, etaSeconds: number | null } } | null, errors: Array<
      | { __typename: 'ScrapeNotCancellableError', message: string }
      | { __typename: 'ScrapeNotFoundError', message: string }
    > | null } };

export type ScrapeProgressSubscriptionVariables = Exact<{
  crawlId: string | number;
}>;


export type ScrapeProgressSubscription = { crawlProgress: { crawlId: string, status: ScrapeStatus, active: boolean, resumesAt: string | null, error: string | null, fetched: number, expected: number | null, percent: number | null, rate: number | null, etaSeconds: number | null } };

export type ScrapeEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ScrapeEventsSubscription = { crawlEvents: { crawlId: string, target: string, status: ScrapeStatus, at: string, error: string | null } };

export type InstagramSessionQueryVariables = Exact<{ [key: string]: never; }>;


export type InstagramSessionQuery = { instagramSession: { connected: boolean, userId: number | null, status: SessionHealth | null, problem: string | null, blockedUntil: string | null } };

export type InstagramSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type InstagramSessionsQuery = { instagramSessions: Array<{ id: string, label: string | null, proxyHost: string | null, userId: number | null, username: string | null, status: SessionHealth, problem: string | null, lastCheckedAt: string | null, blockedUntil: string | null, crawls: number }> };

export type RemoveInstagramSessionMutationVariables = Exact<{
  input: RemoveInstagramSessionInput;
}>;


export type RemoveInstagramSessionMutation = { removeInstagramSession: { errors: Array<{ message: string }> | null } };

export type ImportSessionMutationVariables = Exact<{
  input: ImportSessionInput;
}>;


export type ImportSessionMutation = { importSession: { session: { connected: boolean, userId: number | null, status: SessionHealth | null } | null, twoFactor: { identifier: string, username: string } | null, errors: Array<{ message: string }> | null } };

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { logIn: { session: { connected: boolean, userId: number | null, status: SessionHealth | null } | null, twoFactor: { identifier: string, username: string } | null, errors: Array<{ message: string }> | null } };

export type VerifyTwoFactorMutationVariables = Exact<{
  input: VerifyTwoFactorInput;
}>;


export type VerifyTwoFactorMutation = { verifyTwoFactor: { session: { connected: boolean, userId: number | null, status: SessionHealth | null } | null, twoFactor: { identifier: string, username: string } | null, errors: Array<{ message: string }> | null } };

export type LogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogOutMutation = { logOut: { connected: boolean, userId: number | null } };

export type BackupsQueryVariables = Exact<{ [key: string]: never; }>;


export type BackupsQuery = { pendingRestore: string | null, backups: Array<{ fileName: string, sizeBytes: number, createdAt: string }> };

export type ScheduleRestoreMutationVariables = Exact<{
  input: ScheduleRestoreInput;
}>;


export type ScheduleRestoreMutation = { scheduleRestore: { pendingRestore: string | null, errors: Array<{ message: string }> | null } };

export type CancelRestoreMutationVariables = Exact<{ [key: string]: never; }>;


export type CancelRestoreMutation = { cancelRestore: { pendingRestore: string | null } };

export type CreateBackupMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateBackupMutation = { createBackup: { backup: { fileName: string } | null, errors: Array<{ message: string }> | null } };

type ErrorMessage_AccountNotFoundError_Fragment = { message: string };

type ErrorMessage_ArchiveRefusedError_Fragment = { message: string };

type ErrorMessage_BackupFailedError_Fragment = { message: string };

type ErrorMessage_InvalidCountsCsvError_Fragment = { message: string };

type ErrorMessage_InvalidHandleError_Fragment = { message: string };

type ErrorMessage_InvalidSessionError_Fragment = { message: string };

type ErrorMessage_LoginFailedError_Fragment = { message: string };

type ErrorMessage_NoListChosenError_Fragment = { message: string };

type ErrorMessage_RestoreRefusedError_Fragment = { message: string };

type ErrorMessage_ScrapeAlreadyRunningError_Fragment = { message: string };

type ErrorMessage_ScrapeNotCancellableError_Fragment = { message: string };

type ErrorMessage_ScrapeNotFoundError_Fragment = { message: string };

export type ErrorMessageFragment =
  | ErrorMessage_AccountNotFoundError_Fragment
  | ErrorMessage_ArchiveRefusedError_Fragment
  | ErrorMessage_BackupFailedError_Fragment
  | ErrorMessage_InvalidCountsCsvError_Fragment
  | ErrorMessage_InvalidHandleError_Fragment
  | ErrorMessage_InvalidSessionError_Fragment
  | ErrorMessage_LoginFailedError_Fragment
  | ErrorMessage_NoListChosenError_Fragment
  | ErrorMessage_RestoreRefusedError_Fragment
  | ErrorMessage_ScrapeAlreadyRunningError_Fragment
  | ErrorMessage_ScrapeNotCancellableError_Fragment
  | ErrorMessage_ScrapeNotFoundError_Fragment
;

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AccountHeaderFragmentDoc = new TypedDocumentString(`
    fragment AccountHeader on Account {
  id
  username
  fullName
  profilePicUrl
  isVerified
  isPrivate
  lastCrawledAt
}
    `, {"fragmentName":"AccountHeader"}) as unknown as TypedDocumentString<AccountHeaderFragment, unknown>;
export const AccountRowFragmentDoc = new TypedDocumentString(`
    fragment AccountRow on Account {
  ...AccountHeader
  followerCount
  followingCount
  bookmarked
  timeline {
    followerCount
  }
  trackingLevel
  recent: counts(from: $countsFrom, every: DAY) {
    followers
  }
  week: growth(days: 7) {
    absolute
    percent
  }
}
    fragment AccountHeader on Account {
  id
  username
  fullName
  profilePicUrl
  isVerified
  isPrivate
  lastCrawledAt
}`, {"fragmentName":"AccountRow"}) as unknown as TypedDocumentString<AccountRowFragment, unknown>;
export const FollowerRowFragmentDoc = new TypedDocumentString(`
    fragment FollowerRow on Follower {
  id
  pk
  username
  fullName
  profilePicUrl
  isVerified
  isPrivate
  firstSeenAt
  lostAt
  isNew
  isLost
}
    `, {"fragmentName":"FollowerRow"}) as unknown as TypedDocumentString<FollowerRowFragment, unknown>;
export const ProgressCountsFragmentDoc = new TypedDocumentString(`
    fragment ProgressCounts on ScrapeProgress {
  fetched
  expected
  percent
  rate
  etaSeconds
}
    `, {"fragmentName":"ProgressCounts"}) as unknown as TypedDocumentString<ProgressCountsFragment, unknown>;
export const ScrapeFieldsFragmentDoc = new TypedDocumentString(`
    fragment ScrapeFields on Scrape {
  id
  target
  status
  active
  lists
  source
  createdAt
  startedAt
  finishedAt
  resumesAt
  error
  progress {
    ...ProgressCounts
  }
  followersNew
  followersLost
  followingNew
  followingLost
  followersTotal
  followingTotal
}
    fragment ProgressCounts on ScrapeProgress {
  fetched
  expected
  percent
  rate
  etaSeconds
}`, {"fragmentName":"ScrapeFields"}) as unknown as TypedDocumentString<ScrapeFieldsFragment, unknown>;
export const ErrorMessageFragmentDoc = new TypedDocumentString(`
    fragment ErrorMessage on Error {
  message
}
    `, {"fragmentName":"ErrorMessage"}) as unknown as TypedDocumentString<ErrorMessageFragment, unknown>;
export const AccountListDocument = new TypedDocumentString(`
    query AccountList($first: Int!, $after: String, $where: AccountFilterInput, $order: [AccountSortInput!], $countsFrom: DateTime) {
  accounts(first: $first, after: $after, where: $where, order: $order) {
    totalCount
    nodes {
      ...AccountRow
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment AccountHeader on Account {
  id
  username
  fullName
  profilePicUrl
  isVerified
  isPrivate
  lastCrawledAt
}
fragment AccountRow on Account {
  ...AccountHeader
  followerCount
  followingCount
  bookmarked
  timeline {
    followerCount
  }
  trackingLevel
  recent: counts(from: $countsFrom, every: DAY) {
    followers
  }
  week: growth(days: 7) {
    absolute
    percent
  }
}`) as unknown as TypedDocumentString<AccountListQuery, AccountListQueryVariables>;
export const BookmarkAccountDocument = new TypedDocumentString(`
    mutation BookmarkAccount($input: BookmarkAccountInput!) {
  bookmarkAccount(input: $input) {
    account {
      id
      bookmarked
    }
    errors {
      ...ErrorMessage
    }
  }
}
    fragment ErrorMessage on Error {
  message
}`) as unknown as TypedDocumentString<BookmarkAccountMutation, BookmarkAccountMutationVariables>;
export const DeleteAccountDocument = new TypedDocumentString(`
    mutation DeleteAccount($input: DeleteAccountInput!) {
  deleteAccount(input: $input) {
    deletedAccountId
    errors {
      ...ErrorMessage
    }
  }
}
    fragment ErrorMessage on Error {
  message
}`) as unknown as TypedDocumentString<DeleteAccountMutation, DeleteAccountMutationVariables>;
export const AccountCountsDocument = new TypedDocumentString(`
    query AccountCounts($username: String!, $from: DateTime, $every: CountInterval!) {
  account(username: $username) {
    id
    trackingLevel
    counts(from: $from, every: $every) {
      at
      followers
      following
      posts
    }
    week: growth(days: 7) {
      absolute
      percent
    }
    month: growth(days: 30) {
      absolute
      percent
    }
    projection(days: 30) {
      at
      followers
      low
      high
      slopePerDay
    }
    profileEvents(first: 100) {
      at
      kind
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<AccountCountsQuery, AccountCountsQueryVariables>;
export const RankingsDocument = new TypedDocumentString(`
    query Rankings($by: RankBy!, $first: Int!) {
  rankings(by: $by, first: $first) {
    rank
    followers
    gain7d
    gain30d
    growthPct30d
    account {
      id
      username
      fullName
      profilePicUrl
      trackingLevel
    }
  }
}
    `) as unknown as TypedDocumentString<RankingsQuery, RankingsQueryVariables>;
export const SetTrackingLevelDocument = new TypedDocumentString(`
    mutation SetTrackingLevel($input: SetTrackingLevelInput!) {
  setTrackingLevel(input: $input) {
    account {
      id
      trackingLevel
    }
    errors {
      ...ErrorMessage
    }
  }
}
    fragment ErrorMessage on Error {
  message
}`) as unknown as TypedDocumentString<SetTrackingLevelMutation, SetTrackingLevelMutationVariables>;
export const ImportCountsDocument = new TypedDocumentString(`
    mutation ImportCounts($input: ImportCountsInput!) {
  importCounts(input: $input) {
    imported
    errors {
      ...ErrorMessage
    }
  }
}
    fragment ErrorMessage on Error {
  message
}`) as unknown as TypedDocumentString<ImportCountsMutation, ImportCountsMutationVariables>;
export const WatchAccountDocument = new TypedDocumentString(`
    mutation WatchAccount($input: AddAccountInput!) {
  addAccount(input: $input) {
    account {
      id
      username
    }
    errors {
      ...ErrorMessage
    }
  }
}
    fragment ErrorMessage on Error {
  message
}`) as unknown as TypedDocumentString<WatchAccountMutation, WatchAccountMutationVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard {
  dashboard {
    trackedAccounts
    totalProfiles
    totalEdges
    lastRunAt
  }
}
    `) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const GrowthDocument = new TypedDocumentString(`
    query Growth($days: Int!) {
  dashboard {
    topGrowth(days: $days, first: 5) {
      account {
        id
        username
      }
      baseline
      latest
      absolute
      percent
      points {
        at
        followerCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GrowthQuery, GrowthQueryVariables>;
export const GlobalSearchDocument = new TypedDocumentString(`
    query GlobalSearch($text: String!) {
  search(text: $text, first: 8) {
    accounts {
      id
      username
      fullName
      profilePicUrl
      followerCount
    }
    profiles {
      id
      pk
      username
      fullName
      profilePicUrl
      isVerified
    }
  }
}
    `) as unknown as TypedDocumentString<GlobalSearchQuery, GlobalSearchQueryVariables>;
export const DemoModeDocument = new TypedDocumentString(`
    query DemoMode {
  demoMode
}
    `) as unknown as TypedDocumentString<DemoModeQuery, DemoModeQueryVariables>;
export const IgnoreProfilesDocument = new TypedDocumentString(`
    mutation IgnoreProfiles($input: IgnoreProfilesInput!) {
  ignoreProfiles(input: $input) {
    account {
      id
    }
    errors {
      ... on AccountNotFoundError {
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IgnoreProfilesMutation, IgnoreProfilesMutationVariables>;
export const IgnoredProfilesDocument = new TypedDocumentString(`
    query IgnoredProfiles($username: String!) {
  account(username: $username) {
    id
    ignoredProfiles {
      pk
      username
      fullName
      profilePicUrl
    }
  }
}
    `) as unknown as TypedDocumentString<IgnoredProfilesQuery, IgnoredProfilesQueryVariables>;
export const AccountOverviewDocument = new TypedDocumentString(`
    query AccountOverview($username: String!) {
  account(username: $username) {
    ...AccountHeader
    followers {
      totalCount
    }
    following {
      totalCount
    }
    mutuals {
      totalCount
    }
    fans {
      totalCount
    }
    notFollowingBack {
      totalCount
    }
  }
}
    fragment AccountHeader on Account {
  id
  username
  fullName
  profilePicUrl
  isVerified
  isPrivate
  lastCrawledAt
}`) as unknown as TypedDocumentString<AccountOverviewQuery, AccountOverviewQueryVariables>;
export const FollowerListDocument = new TypedDocumentString(`
    query FollowerList($username: String!, $first: Int!, $after: String, $where: FollowerFilterInput, $order: [FollowerSortInput!], $followers: Boolean!, $following: Boolean!, $mutuals: Boolean!, $fans: Boolean!, $notFollowingBack: Boolean!) {
  account(username: $username) {
    id
    followers(first: $first, after: $after, where: $where, order: $order) @include(if: $followers) {
      totalCount
      nodes {
        ...FollowerRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    following(first: $first, after: $after, where: $where, order: $order) @include(if: $following) {
      totalCount
      nodes {
        ...FollowerRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    mutuals(first: $first, after: $after, where: $where, order: $order) @include(if: $mutuals) {
      totalCount
      nodes {
        ...FollowerRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    fans(first: $first, after: $after, where: $where, order: $order) @include(if: $fans) {
      totalCount
      nodes {
        ...FollowerRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    notFollowingBack(first: $first, after: $after, where: $where, order: $order) @include(if: $notFollowingBack) {
      totalCount
      nodes {
        ...FollowerRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment FollowerRow on Follower {
  id
  pk
  username
  fullName
  profilePicUrl
  isVerified
  isPrivate
  firstSeenAt
  lostAt
  isNew
  isLost
}`) as unknown as TypedDocumentString<FollowerListQuery, FollowerListQueryVariables>;
export const ExportUrlDocument = new TypedDocumentString(`
    query ExportUrl($username: String!, $view: FollowerView!, $format: ExportFormat!, $where: FollowerFilterInput, $order: [FollowerSortInput!]) {
  account(username: $username) {
    id
    exportUrl(view: $view, format: $format, where: $where, order: $order)
  }
}
    `) as unknown as TypedDocumentString<ExportUrlQuery, ExportUrlQueryVariables>;
export const ChangeHistoryDocument = new TypedDocumentString(`
    query ChangeHistory($username: String!, $list: FollowList!, $kind: ChangeKind, $from: DateTime, $to: DateTime, $where: FollowerChangeFilterInput, $first: Int!, $after: String) {
  account(username: $username) {
    id
    changes(
      list: $list
      kind: $kind
      from: $from
      to: $to
      where: $where
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        at
        reviewed
        pk
        username
        fullName
        profilePicUrl
        profileUrl
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeHistoryQuery, ChangeHistoryQueryVariables>;
export const MarkChangesReviewedDocument = new TypedDocumentString(`
    mutation MarkChangesReviewed($input: MarkChangesReviewedInput!) {
  markChangesReviewed(input: $input) {
    updatedCount
    errors {
      ... on AccountNotFoundError {
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MarkChangesReviewedMutation, MarkChangesReviewedMutationVariables>;
export const CompleteCrawlsDocument = new TypedDocumentString(`
    query CompleteCrawls($username: String!) {
  account(username: $username) {
    id
    scrapes(
      first: 200
      where: {status: {eq: SUCCEEDED}}
      order: [{createdAt: DESC}]
    ) {
      nodes {
        id
        finishedAt
        lists
        followersTotal
        followingTotal
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompleteCrawlsQuery, CompleteCrawlsQueryVariables>;
export const CompareCrawlsDocument = new TypedDocumentString(`
    query CompareCrawls($username: String!, $from: ID!, $to: ID!, $list: FollowList!) {
  account(username: $username) {
    id
    compareCrawls(from: $from, to: $to, list: $list) {
      from {
        id
        finishedAt
      }
      to {
        id
        finishedAt
      }
      joined(first: 500) {
        totalCount
        nodes {
          pk
          username
          fullName
          profilePicUrl
        }
      }
      left(first: 500) {
        totalCount
        nodes {
          pk
          username
          fullName
          profilePicUrl
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompareCrawlsQuery, CompareCrawlsQueryVariables>;
export const AccountInsightsDocument = new TypedDocumentString(`
    query AccountInsights($username: String!, $ghostDays: Int) {
  account(username: $username) {
    id
    timeline {
      crawlId
      at
      followerCount
      followingCount
      newFollowers
      lostFollowers
    }
    insights {
      followBack {
        fans
        notFollowingBack
        mutuals
        newFollowers
        lostFollowers
      }
      ghostCaveat
      ghostCandidates(first: 50, minAgeDays: $ghostDays) {
        totalCount
        nodes {
          id
          username
          fullName
          profilePicUrl
          firstSeenAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountInsightsQuery, AccountInsightsQueryVariables>;
export const NetworkDocument = new TypedDocumentString(`
    query Network($accounts: [ID!], $minShared: Int!, $maxNodes: Int!) {
  network(accounts: $accounts, minShared: $minShared, maxNodes: $maxNodes) {
    totalNodeCount
    totalEdgeCount
    truncated
    nodes {
      id
      isTrackedAccount
      username
      fullName
      profilePicUrl
      isVerified
      degree
    }
    edges {
      source
      target
      relation
    }
  }
  accounts(first: 100, order: [{username: ASC}]) {
    nodes {
      id
      username
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkQuery, NetworkQueryVariables>;
export const ProfileStoryDocument = new TypedDocumentString(`
    query ProfileStory($pk: Long!) {
  profile(pk: $pk) {
    pk
    username
    fullName
    profilePicUrl
    isVerified
    isPrivate
    profileUrl
    relations {
      account {
        id
        username
      }
      followsAccount
      followedByAccount
      mutual
      steps {
        list
        kind
        at
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileStoryQuery, ProfileStoryQueryVariables>;
export const ScrapeByIdDocument = new TypedDocumentString(`
    query ScrapeById($id: ID!) {
  crawl(id: $id) {
    ...ScrapeFields
  }
}
    fragment ProgressCounts on ScrapeProgress {
  fetched
  expected
  percent
  rate
  etaSeconds
}
fragment ScrapeFields on Scrape {
  id
  target
  status
  active
  lists
  source
  createdAt
  startedAt
  finishedAt
  resumesAt
  error
  progress {
    ...ProgressCounts
  }
  followersNew
  followersLost
  followingNew
  followingLost
  followersTotal
  followingTotal
}`) as unknown as TypedDocumentString<ScrapeByIdQuery, ScrapeByIdQueryVariables>;
export const ScrapeHistoryDocument = new TypedDocumentString(`
    query ScrapeHistory($first: Int!, $after: String) {
  crawls(first: $first, after: $after, order: [{createdAt: DESC}]) {
    totalCount
    nodes {
      ...ScrapeFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ProgressCounts on ScrapeProgress {
  fetched
  expected
  percent
  rate
  etaSeconds
}
fragment ScrapeFields on Scrape {
  id
  target
  status
  active
  lists
  source
  createdAt
  startedAt
  finishedAt
  resumesAt
  error
  progress {
    ...ProgressCounts
  }
  followersNew
  followersLost
  followingNew
  followingLost
  followersTotal
  followingTotal
}`) as unknown as TypedDocumentString<ScrapeHistoryQuery, ScrapeHistoryQueryVariables>;
export const StartScrapeDocument = new TypedDocumentString(`
    mutation StartScrape($input: StartCrawlInput!) {
  startCrawl(input: $input) {
    crawl {
      ...ScrapeFields
    }
    errors {
      __typename
      ...ErrorMessage
      ... on ScrapeAlreadyRunningError {
        crawl {
          ...ScrapeFields
        }
      }
    }
  }
}
    fragment ProgressCounts on ScrapeProgress {
  fetched
  expected
  percent
  rate
  etaSeconds
}
fragment ScrapeFields on Scrape {
  id
  target
  status
  active
  lists
  source
  createdAt
  startedAt
  finishedAt
  resumesAt
  error
  progress {
    ...ProgressCounts
  }
  followersNew
  followersLost
  followingNew
  followingLost
  followersTotal
  followingTotal
}
fragment ErrorMessage on Error {
  message
}`) as unknown as TypedDocumentString<StartScrapeMutation, StartScrapeMutationVariables>;
export const CancelScrapeDocument = new TypedDocumentString(`
    mutation CancelScrape($input: CancelCrawlInput!) {
  cancelCrawl(input: $input) {
    crawl {
      ...ScrapeFields
    }
    errors {
      __typename
      ...ErrorMessage
    }
  }
}
    fragment ProgressCounts on ScrapeProgress {
  fetched
  expected
  percent
  rate
  etaSeconds
}
fragment ScrapeFields on Scrape {
  id
  target
  status
  active
  lists
  source
  createdAt
  startedAt
  finishedAt
  resumesAt
  error
  progress {
    ...ProgressCounts
  }
  followersNew
  followersLost
  followingNew
  followingLost
  followersTotal
  followingTotal
}
fragment ErrorMessage on Error {
  message
}`) as unknown as TypedDocumentString<CancelScrapeMutation, CancelScrapeMutationVariables>;
export const ScrapeProgressDocument = new TypedDocumentString(`
    subscription ScrapeProgress($crawlId: ID!) {
  crawlProgress(crawlId: $crawlId) {
    crawlId
    status
    active
    ...ProgressCounts
    resumesAt
    error
  }
}
    fragment ProgressCounts on ScrapeProgress {
  fetched
  expected
  percent
  rate
  etaSeconds
}`) as unknown as TypedDocumentString<ScrapeProgressSubscription, ScrapeProgressSubscriptionVariables>;
export const ScrapeEventsDocument = new TypedDocumentString(`
    subscription ScrapeEvents {
  crawlEvents {
    crawlId
    target
    status
    at
    error
  }
}
    `) as unknown as TypedDocumentString<ScrapeEventsSubscription, ScrapeEventsSubscriptionVariables>;
export const InstagramSessionDocument = new TypedDocumentString(`
    query InstagramSession {
  instagramSession {
    connected
    userId
    status
    problem
    blockedUntil
  }
}
    `) as unknown as TypedDocumentString<InstagramSessionQuery, InstagramSessionQueryVariables>;
export const InstagramSessionsDocument = new TypedDocumentString(`
    query InstagramSessions {
  instagramSessions {
    id
    label
    proxyHost
    userId
    username
    status
    problem
    lastCheckedAt
    blockedUntil
    crawls
  }
}
    `) as unknown as TypedDocumentString<InstagramSessionsQuery, InstagramSessionsQueryVariables>;
export const RemoveInstagramSessionDocument = new TypedDocumentString(`
    mutation RemoveInstagramSession($input: RemoveInstagramSessionInput!) {
  removeInstagramSession(input: $input) {
    errors {
      ...ErrorMessage
    }
  }
}
    fragment ErrorMessage on Error {
  message
}`) as unknown as TypedDocumentString<RemoveInstagramSessionMutation, RemoveInstagramSessionMutationVariables>;
export const ImportSessionDocument = new TypedDocumentString(`
    mutation ImportSession($input: ImportSessionInput!) {
  importSession(input: $input) {
    session {
      connected
      userId
      status
    }
    twoFactor {
      identifier
      username
    }
    errors {
      ...ErrorMessage
    }
  }
}
    fragment ErrorMessage on Error {
  message
}`) as unknown as TypedDocumentString<ImportSessionMutation, ImportSessionMutationVariables>;
export const LogInDocument = new TypedDocumentString(`
    mutation LogIn($input: LogInInput!) {
  logIn(input: $input) {
    session {
      connected
      userId
      status
    }
    twoFactor {
      identifier
      username
    }
    errors {
      ...ErrorMessage
    }
  }
}
    fragment ErrorMessage on Error {
  message
}`) as unknown as TypedDocumentString<LogInMutation, LogInMutationVariables>;
export const VerifyTwoFactorDocument = new TypedDocumentString(`
    mutation VerifyTwoFactor($input: VerifyTwoFactorInput!) {
  verifyTwoFactor(input: $input) {
    session {
      connected
      userId
      status
    }
    twoFactor {
      identifier
      username
    }
    errors {
      ...ErrorMessage
    }
  }
}
    fragment ErrorMessage on Error {
  message
}`) as unknown as TypedDocumentString<VerifyTwoFactorMutation, VerifyTwoFactorMutationVariables>;
export const LogOutDocument = new TypedDocumentString(`
    mutation LogOut {
  logOut {
    connected
    userId
  }
}
    `) as unknown as TypedDocumentString<LogOutMutation, LogOutMutationVariables>;
export const BackupsDocument = new TypedDocumentString(`
    query Backups {
  backups {
    fileName
    sizeBytes
    createdAt
  }
  pendingRestore
}
    `) as unknown as TypedDocumentString<BackupsQuery, BackupsQueryVariables>;
export const ScheduleRestoreDocument = new TypedDocumentString(`
    mutation ScheduleRestore($input: ScheduleRestoreInput!) {
  scheduleRestore(input: $input) {
    pendingRestore
    errors {
      ... on Error {
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScheduleRestoreMutation, ScheduleRestoreMutationVariables>;
export const CancelRestoreDocument = new TypedDocumentString(`
    mutation CancelRestore {
  cancelRestore {
    pendingRestore
  }
}
    `) as unknown as TypedDocumentString<CancelRestoreMutation, CancelRestoreMutationVariables>;
export const CreateBackupDocument = new TypedDocumentString(`
    mutation CreateBackup {
  createBackup {
    backup {
      fileName
    }
    errors {
      ...ErrorMessage
    }
  }
}
    fragment ErrorMessage on Error {
  message
}`) as unknown as TypedDocumentString<CreateBackupMutation, CreateBackupMutationVariables>;