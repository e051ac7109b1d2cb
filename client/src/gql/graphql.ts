/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Which Account rows to include: all conditions given must hold; combine with `and` and `or`. */
export type AccountFilterInput = {
  /** All of these conditions hold. */
  and?: Array<AccountFilterInput> | null | undefined;
  /** Condition on `bookmarked`. */
  bookmarked?: BooleanOperationFilterInput | null | undefined;
  /** Condition on `followerCount`. */
  followerCount?: IntOperationFilterInput | null | undefined;
  /** Condition on `fullName`. */
  fullName?: StringOperationFilterInput | null | undefined;
  /** Condition on `isPrivate`. */
  isPrivate?: BooleanOperationFilterInput | null | undefined;
  /** Condition on `isVerified`. */
  isVerified?: BooleanOperationFilterInput | null | undefined;
  /** Condition on `lastCrawledAt`. */
  lastCrawledAt?: DateTimeOperationFilterInput | null | undefined;
  /**
   * Condition on `lastScrapedAt`.
   * @deprecated Use `lastCrawledAt`; removed after 2027-06-30.
   */
  lastScrapedAt?: DateTimeOperationFilterInput | null | undefined;
  /** At least one of these conditions holds. */
  or?: Array<AccountFilterInput> | null | undefined;
  /** Condition on `username`. */
  username?: StringOperationFilterInput | null | undefined;
};

/** One sort key for Account rows: set one field; list several to sort by each in turn. */
export type AccountSortInput = {
  /** Sort by `createdAt`. */
  createdAt?: SortEnumType | null | undefined;
  /** Sort by `followerCount`. */
  followerCount?: SortEnumType | null | undefined;
  /** Sort by `fullName`. */
  fullName?: SortEnumType | null | undefined;
  /** Sort by `lastCrawledAt`. */
  lastCrawledAt?: SortEnumType | null | undefined;
  /**
   * Sort by `lastScrapedAt`.
   * @deprecated Use `lastCrawledAt`; removed after 2027-06-30.
   */
  lastScrapedAt?: SortEnumType | null | undefined;
  /** Sort by `username`. */
  username?: SortEnumType | null | undefined;
};

/** The input of `addAccount`. */
export type AddAccountInput = {
  /** A username, @username or instagram.com profile URL. */
  target: string;
};

/** The input of `addAlertChannel`. */
export type AddAlertChannelInput = {
  /** EMAIL: the sender address. */
  emailFrom?: string | null | undefined;
  /** One or more addresses, separated by commas. */
  emailTo?: string | null | undefined;
  /** Whether alerts go to it. */
  enabled?: boolean | null | undefined;
  /** Where it sends. */
  kind: AlertChannelKind;
  /** A message per alert, or one daily digest. */
  mode?: AlertDeliveryMode | null | undefined;
  /** The channel's name. */
  name: string;
  /** WEBHOOK only; default GENERIC. */
  preset?: WebhookPreset | null | undefined;
  /** NTFY: access token (optional). WEBHOOK: signing secret (optional). EMAIL: SMTP password. TELEGRAM: bot token (required, as @BotFather gives it: `123456789:AA…`). Kept in the vault, never shown. */
  secret?: string | null | undefined;
  /** EMAIL: the SMTP server's host name. */
  smtpHost?: string | null | undefined;
  /** Default 587, or 465 with TLS. */
  smtpPort?: number | null | undefined;
  /** Default START_TLS. */
  smtpSecurity?: SmtpSecurity | null | undefined;
  /** Null: no login. */
  smtpUsername?: string | null | undefined;
  /** The telegram chat's ID. */
  telegramChatId?: string | null | undefined;
  /** NTFY: the topic URL (e.g. https://ntfy.sh/my-topic). WEBHOOK: where to post. Kept in the vault; shown masked. */
  url?: string | null | undefined;
};

/** Where a channel sends: an ntfy topic, a webhook, email over SMTP or a Telegram chat. */
export type AlertChannelKind =
  /** Email over SMTP. */
  | 'EMAIL'
  /** An ntfy topic (self-hosted or ntfy.sh), optionally with an access token. */
  | 'NTFY'
  /** A Telegram chat, through a bot. */
  | 'TELEGRAM'
  /** An HTTP POST of JSON, signed with HMAC-SHA256. */
  | 'WEBHOOK';

/** IMMEDIATE: a message per alert. DAILY_DIGEST: one message a day with everything since the last. */
export type AlertDeliveryMode =
  /** One message a day with everything since the last. */
  | 'DAILY_DIGEST'
  /** A message per alert, as it happens. */
  | 'IMMEDIATE';

/** PENDING: about to be sent. HELD: waits for the channel's daily digest. RETRYING: an attempt failed, another follows. SENT. FAILED: every attempt failed (`lastError` says why). DIGESTED: went out in a digest. */
export type AlertDeliveryStatus =
  /** Sent as part of a daily digest. */
  | 'DIGESTED'
  /** Given up after `Alerts:Attempts` tries; `lastError` says why. */
  | 'FAILED'
  /** Kept for the channel's daily digest. */
  | 'HELD'
  /** Queued, not tried yet. */
  | 'PENDING'
  /** Failed at least once; tried again with backoff. */
  | 'RETRYING'
  /** Accepted by the channel. */
  | 'SENT';

/** What an alert is about. */
export type AlertKind =
  /** A backup failed. */
  | 'BACKUP_FAILED'
  /** A crawl ended: who unfollowed, new followers, a count change, or a failed or incomplete crawl. */
  | 'CRAWL_ENDED'
  /** Free space on the data folder's disk is low. */
  | 'DISK_LOW'
  /** An Instagram session expired, hit a checkpoint or was action-blocked. */
  | 'SESSION_PROBLEM';

/** What an API token may do; a token holds one or more scopes, and none implies another. */
export type ApiTokenScope =
  /** Instagram sessions, backups and restores, API tokens, and every other setting. */
  | 'ADMIN'
  /** Start and cancel crawls, track and untrack accounts, import data downloads, mark changes reviewed, ignore profiles. */
  | 'CRAWL'
  /** Queries, subscriptions, exports and the schema. */
  | 'READ';

/** The input of `bookmarkAccount`. */
export type BookmarkAccountInput = {
  /** The account's ID. */
  accountId: string | number;
  /** True to bookmark, false to remove the bookmark. */
  bookmarked: boolean;
};

/** Conditions on a Boolean value; all given must hold. */
export type BooleanOperationFilterInput = {
  /** Equal to this value. */
  eq?: boolean | null | undefined;
  /** Not equal to this value. */
  neq?: boolean | null | undefined;
};

/** The input of `cancelCrawl`. */
export type CancelCrawlInput = {
  /** The crawl's ID. */
  crawlId: string | number;
};

/** BASELINE: in the list's first complete crawl (nobody is new in it); NEW: appeared or came back; LOST: left. */
export type ChangeKind =
  /** In the list's first complete crawl. */
  | 'BASELINE'
  /** Left. */
  | 'LOST'
  /** Appeared, or came back. */
  | 'NEW';

/** Conditions on a ChangeKind value; all given must hold. */
export type ChangeKindOperationFilterInput = {
  /** Equal to this value. */
  eq?: ChangeKind | null | undefined;
  /** One of these values. */
  in?: Array<ChangeKind> | null | undefined;
  /** Not equal to this value. */
  neq?: ChangeKind | null | undefined;
  /** None of these values. */
  nin?: Array<ChangeKind> | null | undefined;
};

/** The period of one point of a count curve, in UTC: a day, an ISO week from Monday, or a calendar month. */
export type CountInterval =
  /** One point per UTC day. */
  | 'DAY'
  /** One point per calendar month (UTC). */
  | 'MONTH'
  /** One point per week, starting Monday (UTC). */
  | 'WEEK';

/** Which lists a crawl fetches. */
export type CrawlLists =
  /** Both lists. */
  | 'BOTH'
  /** The followers list only. */
  | 'FOLLOWERS'
  /** The following list only. */
  | 'FOLLOWING';

/** How a crawl read a list. */
export type CrawlMethod =
  /** Read to the end. */
  | 'FULL'
  /** Read from the top until a run of known followers; the count said nobody left, so the rest was carried over. */
  | 'HEAD_ONLY';

/** WEB_API: instagram.com's own follower dialog; MOBILE_API: the Android app's API; WEB_GRAPHQL: the legacy query hashes; BROWSER: your own browser, through the browser companion. */
export type CrawlSource =
  /** Your own logged-in browser read the lists, through the browser companion extension. */
  | 'BROWSER'
  /** An imported Instagram data download. */
  | 'DATA_EXPORT'
  /** The Android app's API. */
  | 'MOBILE_API'
  /** The Android app's private GraphQL follow lists. */
  | 'MOBILE_GRAPHQL'
  /** instagram.com's own follower dialog. */
  | 'WEB_API'
  /** The legacy query hashes. */
  | 'WEB_GRAPHQL';

/** Where a crawl is, or how it ended. */
export type CrawlStatus =
  /** Cancelled: nobody is marked lost. */
  | 'CANCELLED'
  /** Ended with an error: nobody is marked lost. */
  | 'FAILED'
  /** Ended with part of a list: nobody is marked lost. */
  | 'INCOMPLETE'
  /** Waiting out an action block of its session. */
  | 'PAUSED_ACTION_BLOCKED'
  /** Waiting for a working Instagram session. */
  | 'PAUSED_NEEDS_SESSION'
  /** Waiting out an Instagram rate limit until `resumesAt`. */
  | 'PAUSED_RATE_LIMITED'
  /** Instagram did not answer at all (network, proxy, outage): tries again at `resumesAt`, waiting longer each time. */
  | 'PAUSED_UNREACHABLE'
  /** Waiting for its turn. */
  | 'QUEUED'
  /** Fetching. */
  | 'RUNNING'
  /** Ended with the whole lists. */
  | 'SUCCEEDED';

/** The input of `createApiToken`. */
export type CreateApiTokenInput = {
  /** When it stops working; omit for never. */
  expiresAt?: string | null | undefined;
  /** What the token is for, e.g. `Home Assistant` (up to 80 characters). */
  name: string;
  /** What the token may do; at least one. */
  scopes: Array<ApiTokenScope>;
};

/** Conditions on a DateTime value; all given must hold. */
export type DateTimeOperationFilterInput = {
  /** Equal to this value. */
  eq?: string | null | undefined;
  /** Greater than this value. */
  gt?: string | null | undefined;
  /** Greater than or equal to this value. */
  gte?: string | null | undefined;
  /** One of these values. */
  in?: Array<string | null | undefined> | null | undefined;
  /** Less than this value. */
  lt?: string | null | undefined;
  /** Less than or equal to this value. */
  lte?: string | null | undefined;
  /** Not equal to this value. */
  neq?: string | null | undefined;
  /** Not greater than this value. */
  ngt?: string | null | undefined;
  /** Not greater than or equal to this value. */
  ngte?: string | null | undefined;
  /** None of these values. */
  nin?: Array<string | null | undefined> | null | undefined;
  /** Not less than this value. */
  nlt?: string | null | undefined;
  /** Not less than or equal to this value. */
  nlte?: string | null | undefined;
};

/** The input of `deleteAccount`. */
export type DeleteAccountInput = {
  /** The account's ID. */
  accountId: string | number;
};

/** CSV (UTF-8 with BOM), XLSX or JSON (an array). */
export type ExportFormat =
  /** Comma-separated values, UTF-8. */
  | 'CSV'
  /** A JSON array. */
  | 'JSON'
  /** An Excel workbook. */
  | 'XLSX';

/** One of the two lists Instagram serves for an account. */
export type FollowList =
  /** The followers list. */
  | 'FOLLOWERS'
  /** The following list. */
  | 'FOLLOWING';

/** Which FollowerChange rows to include: all conditions given must hold; combine with `and` and `or`. */
export type FollowerChangeFilterInput = {
  /** All of these conditions hold. */
  and?: Array<FollowerChangeFilterInput> | null | undefined;
  /** Condition on `at`. */
  at?: DateTimeOperationFilterInput | null | undefined;
  /** Condition on `kind`. */
  kind?: ChangeKindOperationFilterInput | null | undefined;
  /** Condition on `lostReason`. */
  lostReason?: LostReasonOperationFilterInput | null | undefined;
  /** At least one of these conditions holds. */
  or?: Array<FollowerChangeFilterInput> | null | undefined;
  /** Condition on `reviewed`. */
  reviewed?: BooleanOperationFilterInput | null | undefined;
  /** Condition on `username`. */
  username?: StringOperationFilterInput | null | undefined;
};

/** Which Follower rows to include: all conditions given must hold; combine with `and` and `or`. */
export type FollowerFilterInput = {
  /** All of these conditions hold. */
  and?: Array<FollowerFilterInput> | null | undefined;
  /** Condition on `firstSeenAt`. */
  firstSeenAt?: DateTimeOperationFilterInput | null | undefined;
  /** Condition on `fullName`. */
  fullName?: StringOperationFilterInput | null | undefined;
  /** Condition on `isLost`. */
  isLost?: BooleanOperationFilterInput | null | undefined;
  /** Condition on `isNew`. */
  isNew?: BooleanOperationFilterInput | null | undefined;
  /** Condition on `isPrivate`. */
  isPrivate?: BooleanOperationFilterInput | null | undefined;
  /** Condition on `isVerified`. */
  isVerified?: BooleanOperationFilterInput | null | undefined;
  /** Condition on `lastSeenAt`. */
  lastSeenAt?: DateTimeOperationFilterInput | null | undefined;
  /** Condition on `lostAt`. */
  lostAt?: DateTimeOperationFilterInput | null | undefined;
  /** Condition on `lostReason`. */
  lostReason?: LostReasonOperationFilterInput | null | undefined;
  /** At least one of these conditions holds. */
  or?: Array<FollowerFilterInput> | null | undefined;
  /** Condition on `pk`. */
  pk?: LongOperationFilterInput | null | undefined;
  /** Condition on `username`. */
  username?: StringOperationFilterInput | null | undefined;
};

/** One sort key for Follower rows: set one field; list several to sort by each in turn. */
export type FollowerSortInput = {
  /** Sort by `firstSeenAt`. */
  firstSeenAt?: SortEnumType | null | undefined;
  /** Sort by `fullName`. */
  fullName?: SortEnumType | null | undefined;
  /** Sort by `lostAt`. */
  lostAt?: SortEnumType | null | undefined;
  /** Sort by `pk`. */
  pk?: SortEnumType | null | undefined;
  /** Sort by `username`. */
  username?: SortEnumType | null | undefined;
};

/** A list of a tracked account: its followers, following, mutuals, fans or those it follows who do not follow back. */
export type FollowerView =
  /** Followers the account does not follow back. */
  | 'FANS'
  /** Profiles following the account. */
  | 'FOLLOWERS'
  /** Profiles the account follows. */
  | 'FOLLOWING'
  /** Followers the account follows back. */
  | 'MUTUALS'
  /** Profiles the account follows that do not follow it back. */
  | 'NOT_FOLLOWING_BACK';

/** The input of `ignoreProfiles`. */
export type IgnoreProfilesInput = {
  /** The account's ID. */
  accountId: string | number;
  /** True adds them to the ignore list, false takes them off. */
  ignored: boolean;
  /** Instagram user ids; at most 5000 per call. */
  pks: Array<number>;
};

/** The input of `importCounts`. */
export type ImportCountsInput = {
  /** The account's ID. */
  accountId: string | number;
  /** The file's text. */
  csv: string;
};

/** The input of `importSession`. */
export type ImportSessionInput = {
  /** The `csrftoken` cookie, when not in the header given. */
  csrfToken?: string | null | undefined;
  /** The account's Instagram user id, when not in the header given. */
  dsUserId?: number | null | undefined;
  /** A name for this session in Settings, e.g. the account or the machine it came from. */
  label?: string | null | undefined;
  /** `http://host:port` (credentials may be in the URL): every request of this session goes through it, so Instagram sees the account from one IP. */
  proxy?: string | null | undefined;
  /** The `sessionid` cookie's value, or the whole Cookie header. */
  sessionId: string;
};

/** Conditions on a Int value; all given must hold. */
export type IntOperationFilterInput = {
  /** Equal to this value. */
  eq?: number | null | undefined;
  /** Greater than this value. */
  gt?: number | null | undefined;
  /** Greater than or equal to this value. */
  gte?: number | null | undefined;
  /** One of these values. */
  in?: Array<number | null | undefined> | null | undefined;
  /** Less than this value. */
  lt?: number | null | undefined;
  /** Less than or equal to this value. */
  lte?: number | null | undefined;
  /** Not equal to this value. */
  neq?: number | null | undefined;
  /** Not greater than this value. */
  ngt?: number | null | undefined;
  /** Not greater than or equal to this value. */
  ngte?: number | null | undefined;
  /** None of these values. */
  nin?: Array<number | null | undefined> | null | undefined;
  /** Not less than this value. */
  nlt?: number | null | undefined;
  /** Not less than or equal to this value. */
  nlte?: number | null | undefined;
};

/** The input of `logIn`. */
export type LogInInput = {
  /** BROWSER (default): instagram.com's login, lists 12 a page. APP: the Android app's login from a phone made for it, lists 200 a page. */
  client?: SessionClient | null | undefined;
  /** The Instagram password; used once, never stored. */
  password: string;
  /** The Instagram username. */
  username: string;
};

/** Conditions on a Long value; all given must hold. */
export type LongOperationFilterInput = {
  /** Equal to this value. */
  eq?: number | null | undefined;
  /** Greater than this value. */
  gt?: number | null | undefined;
  /** Greater than or equal to this value. */
  gte?: number | null | undefined;
  /** One of these values. */
  in?: Array<number | null | undefined> | null | undefined;
  /** Less than this value. */
  lt?: number | null | undefined;
  /** Less than or equal to this value. */
  lte?: number | null | undefined;
  /** Not equal to this value. */
  neq?: number | null | undefined;
  /** Not greater than this value. */
  ngt?: number | null | undefined;
  /** Not greater than or equal to this value. */
  ngte?: number | null | undefined;
  /** None of these values. */
  nin?: Array<number | null | undefined> | null | undefined;
  /** Not less than this value. */
  nlt?: number | null | undefined;
  /** Not less than or equal to this value. */
  nlte?: number | null | undefined;
};

/** Why someone left a list, from one look-up of their Instagram id after the crawl that lost them. */
export type LostReason =
  /** The crawl's session cannot see them and another session can: they blocked the crawl's account. */
  | 'BLOCKED'
  /** No session can see their account: deactivated or deleted. */
  | 'DEACTIVATED'
  /** The crawl's session cannot see them and no other session could ask: deactivated, deleted or blocked. */
  | 'UNAVAILABLE'
  /** Their account is there and visible: they left the list. */
  | 'UNFOLLOWED';

/** Conditions on a LostReason value; all given must hold. */
export type LostReasonOperationFilterInput = {
  /** Equal to this value. */
  eq?: LostReason | null | undefined;
  /** One of these values. */
  in?: Array<LostReason> | null | undefined;
  /** Not equal to this value. */
  neq?: LostReason | null | undefined;
  /** None of these values. */
  nin?: Array<LostReason> | null | undefined;
};

/** The input of `markChangesReviewed`. */
export type MarkChangesReviewedInput = {
  /** The account's ID. */
  accountId: string | number;
  /** `FollowerChange` IDs; at most 5000 per call. */
  ids: Array<string | number>;
  /** True to mark reviewed, false to unmark. */
  reviewed: boolean;
};

/** The input of `markNotificationsRead`. */
export type MarkNotificationsReadInput = {
  /** Mark every notification read. */
  all?: boolean | null | undefined;
  /** The notifications to mark read. */
  ids?: Array<string | number> | null | undefined;
};

/** Which way a follow goes. */
export type NetworkRelation =
  /** The profile follows the tracked account. */
  | 'FOLLOWED_BY'
  /** The tracked account follows the profile. */
  | 'FOLLOWS'
  /** Both follow each other. */
  | 'MUTUAL';

/** Which profile field changed. */
export type ProfileEventKind =
  /** The biography changed. */
  | 'BIOGRAPHY'
  /** The website link changed. */
  | 'EXTERNAL_URL'
  /** The full name changed. */
  | 'FULL_NAME'
  /** The profile picture changed. */
  | 'PICTURE'
  /** The account went private or public. */
  | 'PRIVATE'
  /** The username changed. */
  | 'RENAMED'
  /** The verified badge was given or taken away. */
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

/** The input of `removeAlertChannel`. */
export type RemoveAlertChannelInput = {
  /** The channel's ID. */
  channelId: string | number;
};

/** The input of `removeInstagramSession`. */
export type RemoveInstagramSessionInput = {
  /** The session's id. */
  id: string | number;
};

/** The input of `resumeBrowserCrawl`. */
export type ResumeBrowserCrawlInput = {
  /** The crawl's ID. */
  crawlId: string | number;
};

/** The input of `revokeApiToken`. */
export type RevokeApiTokenInput = {
  /** The token's ID. */
  id: string | number;
};

/** The input of `scheduleRestore`. */
export type ScheduleRestoreInput = {
  /** The backup to restore at the next start. */
  fileName: string;
};

/** The input of `sendTestAlert`. */
export type SendTestAlertInput = {
  /** The channel's ID. */
  channelId: string | number;
};

/** The client a session came from. It reads lists only as that client does. */
export type SessionClient =
  /** A login as the Android app, from a phone made for the session: the app's lists, 200 a page. */
  | 'APP'
  /** A cookie imported from a browser, or a login on instagram.com: the web's follower dialog, 12 a page. */
  | 'BROWSER';

/** UNKNOWN until first checked; EXPIRED and CHECKPOINT need the user to log in again; ACTION_BLOCKED rests until `blockedUntil`; APP_OUTDATED waits for a current app fingerprint in the settings (Instagram:Android). */
export type SessionHealth =
  /** Resting after an action block. */
  | 'ACTION_BLOCKED'
  /** Instagram refused the app version the session presents. */
  | 'APP_OUTDATED'
  /** Instagram wants the account checked in a browser. */
  | 'CHECKPOINT'
  /** Logged out: import or log in again. */
  | 'EXPIRED'
  /** Works. */
  | 'HEALTHY'
  /** Not checked yet. */
  | 'UNKNOWN';

/** The input of `setAlertRules`. */
export type SetAlertRulesInput = {
  /** Null: the defaults every account without its own rules follows. */
  accountId?: string | number | null | undefined;
  /** Alert when a crawl fails or ends incomplete. */
  crawlProblems: boolean;
  /** Alert when the follower count moves by at least this percentage; null: never. */
  followerChangePercent?: number | null | undefined;
  /** Alert when a crawl finds at least this many new followers; null: never. */
  newFollowersAtLeast?: number | null | undefined;
  /** Alert when someone stops following. */
  unfollows: boolean;
  /** Drop the account's own rules and follow the defaults again. */
  useDefaults?: boolean | null | undefined;
};

/** The input of `setGlobalAlertRules`. */
export type SetGlobalAlertRulesInput = {
  /** Alert when a backup fails. */
  backupFailed: boolean;
  /** The hour (UTC, 0–23) daily digests go out. */
  digestHourUtc: number;
  /** Alert when free disk space falls below this many MiB; null: never. */
  diskLowMiB?: number | null | undefined;
  /** Alert when an Instagram session needs attention. */
  sessionProblems: boolean;
};

/** The input of `setLostReasonChecks`. */
export type SetLostReasonChecksInput = {
  /** The account's ID. */
  accountId: string | number;
  /** True to check why people left after each crawl, false to spend no requests on it. */
  enabled: boolean;
};

/** The input of `setSessionPacing`. */
export type SetSessionPacingInput = {
  /** Requests in any 24 hours, at least 1; null follows `Instagram:Pacing:DailyCap`. */
  dailyCap?: number | null | undefined;
  /** The session's `id` in `instagramSessions`. */
  id: string | number;
  /** At least 1; null follows `Instagram:Pacing:RequestsPerHour`. */
  requestsPerHour?: number | null | undefined;
  /** At least 1; null follows `Instagram:Pacing:RequestsPerMinute`. */
  requestsPerMinute?: number | null | undefined;
};

/** The input of `setSessionSurfaces`. */
export type SetSessionSurfacesInput = {
  /** The session's id, from `instagramSessions`. */
  id: string | number;
  /** True lets it cross after its own surfaces failed; false keeps it on them. */
  usesOtherSurfaces: boolean;
};

/** The input of `setTrackingLevel`. */
export type SetTrackingLevelInput = {
  /** The account's ID. */
  accountId: string | number;
  /** The tracking level to set. */
  level: TrackingLevel;
};

/** NONE (plain, local relays only), START_TLS (usually port 587) or TLS from the first byte (usually 465). */
export type SmtpSecurity =
  /** No encryption: for a relay on the same machine or network only. */
  | 'NONE'
  /** Plain connection upgraded with STARTTLS (usually port 587). */
  | 'START_TLS'
  /** TLS from the first byte (usually port 465). */
  | 'TLS';

/** A sort direction. */
export type SortEnumType =
  /** Smallest, earliest or A first. */
  | 'ASC'
  /** Largest, latest or Z first. */
  | 'DESC';

/** The input of `startCrawl`. */
export type StartCrawlInput = {
  /** Fetch the followers list. */
  followers?: boolean | null | undefined;
  /** Fetch the following list. */
  following?: boolean | null | undefined;
  /** Ask Instagram for everything afresh instead of reusing what crawls of the last day (`Instagram:CacheFor`) fetched. */
  forceRefresh?: boolean | null | undefined;
  /** Let the browser companion read the lists in your own logged-in browser (source BROWSER): it hears of the crawl, claims it with `claimBrowserCrawl` and submits page by page. No server crawl worker takes it. */
  inBrowser?: boolean | null | undefined;
  /** A username, @username or instagram.com profile URL. */
  target: string;
  /** Crawl with your own logged-in session (needed for private accounts you follow). Instagram shows lists only to logged-in sessions, so this is the only mode today. */
  usePrivateSession?: boolean | null | undefined;
};

/** Conditions on a String value; all given must hold. */
export type StringOperationFilterInput = {
  /** All of these conditions hold. */
  and?: Array<StringOperationFilterInput> | null | undefined;
  /** Contains this text. */
  contains?: string | null | undefined;
  /** Ends with this text. */
  endsWith?: string | null | undefined;
  /** Equal to this value. */
  eq?: string | null | undefined;
  /** One of these values. */
  in?: Array<string | null | undefined> | null | undefined;
  /** Does not contain this text. */
  ncontains?: string | null | undefined;
  /** Does not end with this text. */
  nendsWith?: string | null | undefined;
  /** Not equal to this value. */
  neq?: string | null | undefined;
  /** None of these values. */
  nin?: Array<string | null | undefined> | null | undefined;
  /** Does not start with this text. */
  nstartsWith?: string | null | undefined;
  /** At least one of these conditions holds. */
  or?: Array<StringOperationFilterInput> | null | undefined;
  /** Starts with this text. */
  startsWith?: string | null | undefined;
};

/** COUNTS: the profile's counts once a day (one request); LISTS: counts plus follower and following crawls. */
export type TrackingLevel =
  /** Profile counts once a day: one request per account. */
  | 'COUNTS'
  /** Counts, and follower and following crawls. */
  | 'LISTS';

/** The input of `updateAlertChannel`. */
export type UpdateAlertChannelInput = {
  /** EMAIL: the sender address. */
  emailFrom?: string | null | undefined;
  /** One or more addresses, separated by commas. */
  emailTo?: string | null | undefined;
  /** Whether alerts go to it. */
  enabled?: boolean | null | undefined;
  /** The channel to change. */
  id: string | number;
  /** Where it sends. */
  kind: AlertChannelKind;
  /** A message per alert, or one daily digest. */
  mode?: AlertDeliveryMode | null | undefined;
  /** The channel's name. */
  name: string;
  /** WEBHOOK only; default GENERIC. */
  preset?: WebhookPreset | null | undefined;
  /** NTFY: access token (optional). WEBHOOK: signing secret (optional). EMAIL: SMTP password. TELEGRAM: bot token (required, as @BotFather gives it: `123456789:AA…`). Kept in the vault, never shown. */
  secret?: string | null | undefined;
  /** EMAIL: the SMTP server's host name. */
  smtpHost?: string | null | undefined;
  /** Default 587, or 465 with TLS. */
  smtpPort?: number | null | undefined;
  /** Default START_TLS. */
  smtpSecurity?: SmtpSecurity | null | undefined;
  /** Null: no login. */
  smtpUsername?: string | null | undefined;
  /** The telegram chat's ID. */
  telegramChatId?: string | null | undefined;
  /** NTFY: the topic URL. WEBHOOK: where to post. Null (or the masked `url` as read) keeps the kept one. Kept in the vault. */
  url?: string | null | undefined;
};

/** The input of `verifyTwoFactor`. */
export type VerifyTwoFactorInput = {
  /** The code from the authenticator app or SMS. */
  code: string;
  /** The `identifier` from `logIn`'s `twoFactor`. */
  identifier: string;
};

/** The JSON a webhook posts: InstaIntel's own (see the README), or Discord's or Slack's incoming-webhook shape. */
export type WebhookPreset =
  /** Discord's incoming-webhook body. */
  | 'DISCORD'
  /** InstaIntel's own body (described in the README). */
  | 'GENERIC'
  /** Slack's incoming-webhook body. */
  | 'SLACK';

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

export type AlertChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertChannelsQuery = { alertChannels: Array<{ id: string, name: string, kind: AlertChannelKind, enabled: boolean, mode: AlertDeliveryMode, url: string | null, preset: WebhookPreset | null, smtpHost: string | null, smtpPort: number | null, smtpSecurity: SmtpSecurity | null, smtpUsername: string | null, emailFrom: string | null, emailTo: string | null, telegramChatId: string | null, hasSecret: boolean }> };

export type AddAlertChannelMutationVariables = Exact<{
  input: AddAlertChannelInput;
}>;


export type AddAlertChannelMutation = { addAlertChannel: { channel: { id: string } | null, errors: Array<{ message: string }> | null } };

export type UpdateAlertChannelMutationVariables = Exact<{
  input: UpdateAlertChannelInput;
}>;


export type UpdateAlertChannelMutation = { updateAlertChannel: { channel: { id: string, enabled: boolean } | null, errors: Array<
      | { message: string }
      | { message: string }
    > | null } };

export type RemoveAlertChannelMutationVariables = Exact<{
  input: RemoveAlertChannelInput;
}>;


export type RemoveAlertChannelMutation = { removeAlertChannel: { removedId: string | null, errors: Array<{ message: string }> | null } };

export type SendTestAlertMutationVariables = Exact<{
  input: SendTestAlertInput;
}>;


export type SendTestAlertMutation = { sendTestAlert: { delivery: { status: AlertDeliveryStatus, lastError: string | null } | null, errors: Array<{ message: string }> | null } };

export type AlertRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertRulesQuery = { alertRules: { unfollows: boolean, newFollowersAtLeast: number | null, followerChangePercent: number | null, crawlProblems: boolean }, globalAlertRules: { sessionProblems: boolean, backupFailed: boolean, diskLowMiB: number | null, digestHourUtc: number } };

export type SetAlertRulesMutationVariables = Exact<{
  rules: SetAlertRulesInput;
  global: SetGlobalAlertRulesInput;
}>;


export type SetAlertRulesMutation = { setAlertRules: { errors: Array<
      | { message: string }
      | { message: string }
    > | null }, setGlobalAlertRules: { errors: Array<{ message: string }> | null } };

export type AlertDeliveriesQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertDeliveriesQuery = { alertDeliveries: Array<{ id: string, status: AlertDeliveryStatus, title: string, attempts: number, lastError: string | null, isDigest: boolean, isTest: boolean, createdAt: string, sentAt: string | null, channel: { name: string } | null }> };

export type NotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsQuery = { unreadNotificationCount: number, notifications: Array<{ id: string, kind: AlertKind, title: string, body: string, link: string | null, createdAt: string, read: boolean }> };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { unreadCount: number } };

export type AccountCountsQueryVariables = Exact<{
  username: string;
  from?: string | null | undefined;
  every: CountInterval;
}>;


export type AccountCountsQuery = { account: { id: string, trackingLevel: TrackingLevel, daysUntilProjection: number, counts: Array<{ at: string, followers: number | null, following: number | null, posts: number | null }>, week: { absolute: number, percent: number | null } | null, month: { absolute: number, percent: number | null } | null, projection: { days: number, at: string, followers: number, low: number, high: number, slopePerDay: number } | null, profileEvents: Array<{ at: string, kind: ProfileEventKind, before: string | null, after: string | null }> } | null };

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

export type ProgressCountsFragment = { fetched: number, expected: number | null, percent: number | null, rate: number | null, etaSeconds: number | null };

export type CrawlFieldsFragment = { id: string, target: string, status: CrawlStatus, active: boolean, lists: CrawlLists, source: CrawlSource | null, createdAt: string, startedAt: string | null, finishedAt: string | null, resumesAt: string | null, error: string | null, followersNew: number | null, followersLost: number | null, followingNew: number | null, followingLost: number | null, followersTotal: number | null, followingTotal: number | null, method: CrawlMethod | null, completeness: number | null, progress: { fetched: number, expected: number | null, percent: number | null, rate: number | null, etaSeconds: number | null } };

export type CrawlByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CrawlByIdQuery = { crawl: { id: string, target: string, status: CrawlStatus, active: boolean, lists: CrawlLists, source: CrawlSource | null, createdAt: string, startedAt: string | null, finishedAt: string | null, resumesAt: string | null, error: string | null, followersNew: number | null, followersLost: number | null, followingNew: number | null, followingLost: number | null, followersTotal: number | null, followingTotal: number | null, method: CrawlMethod | null, completeness: number | null, progress: { fetched: number, expected: number | null, percent: number | null, rate: number | null, etaSeconds: number | null } } | null };

export type CrawlHistoryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type CrawlHistoryQuery = { crawls: { totalCount: number, nodes: Array<{ id: string, target: string, status: CrawlStatus, active: boolean, lists: CrawlLists, source: CrawlSource | null, createdAt: string, startedAt: string | null, finishedAt: string | null, resumesAt: string | null, error: string | null, followersNew: number | null, followersLost: number | null, followingNew: number | null, followingLost: number | null, followersTotal: number | null, followingTotal: number | null, method: CrawlMethod | null, completeness: number | null, progress: { fetched: number, expected: number | null, percent: number | null, rate: number | null, etaSeconds: number | null } }> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type StartCrawlMutationVariables = Exact<{
  input: StartCrawlInput;
}>;


export type StartCrawlMutation = { startCrawl: { crawl: { id: string, target: string, status: CrawlStatus, active: boolean, lists: CrawlLists, source: CrawlSource | null, createdAt: string, startedAt: string | null, finishedAt: string | null, resumesAt: string | null, error: string | null, followersNew: number | null, followersLost: number | null, followingNew: number | null, followingLost: number | null, followersTotal: number | null, followingTotal: number | null, method: CrawlMethod | null, completeness: number | null, progress: { fetched: number, expected: number | null, percent: number | null, rate: number | null, etaSeconds: number | null } } | null, errors: Array<
      | { __typename: 'CrawlAlreadyRunningError', message: string, crawl: { id: string, target: string, status: CrawlStatus, active: boolean, lists: CrawlLists, source: CrawlSource | null, createdAt: string, startedAt: string | null, finishedAt: string | null, resumesAt: string | null, error: string | null, followersNew: number | null, followersLost: number | null, followingNew: number | null, followingLost: number | null, followersTotal: number | null, followingTotal: number | null, method: CrawlMethod | null, completeness: number | null, progress: { fetched: number, expected: number | null, percent: number | null, rate: number | null, etaSeconds: number | null } } }
      | { __typename: 'InvalidHandleError', message: string }
      | { __typename: 'NoListChosenError', message: string }
    > | null } };

export type CancelCrawlMutationVariables = Exact<{
  input: CancelCrawlInput;
}>;


export type CancelCrawlMutation = { cancelCrawl: { crawl: { id: string, target: string, status: CrawlStatus, active: boolean, lists: CrawlLists, source: CrawlSource | null, createdAt: string, startedAt: string | null, finishedAt: string | null, resumesAt: string | null, error: string | null, followersNew: number | null, followersLost: number | null, followingNew: number | null, followingLost: number | null, followersTotal: number | null, followingTotal: number | null, method: CrawlMethod | null, completeness: number | null, progress: { fetched: number, expected: number | null, percent: number | null, rate: number | null, etaSeconds: number | null } } | null, errors: Array<
      | { __typename: 'CrawlNotCancellableError', message: string }
      | { __typename: 'CrawlNotFoundError', message: string }
    > | null } };

export type ResumeBrowserCrawlMutationVariables = Exact<{
  input: ResumeBrowserCrawlInput;
}>;


export type ResumeBrowserCrawlMutation = { resumeBrowserCrawl: { crawl: { id: string, target: string, status: CrawlStatus, active: boolean, lists: CrawlLists, source: CrawlSource | null, createdAt: string, startedAt: string | null, finishedAt: string | null, resumesAt: string | null, error: string | null, followersNew: number | null, followersLost: number | null, followingNew: number | null, followingLost: number | null, followersTotal: number | null, followingTotal: number | null, method: CrawlMethod | null, completeness: number | null, progress: { fetched: number, expected: number | null, percent: number | null, rate: number | null, etaSeconds: number | null } } | null, errors: Array<
      | { __typename: 'BrowserCrawlStateError', message: string }
      | { __typename: 'CrawlClaimedElsewhereError', message: string }
      | { __typename: 'CrawlNotFoundError', message: string }
      | { __typename: 'NotABrowserCrawlError', message: string }
    > | null } };

export type CrawlProgressSubscriptionVariables = Exact<{
  crawlId: string | number;
}>;


export type CrawlProgressSubscription = { crawlProgress: { crawlId: string, status: CrawlStatus, active: boolean, resumesAt: string | null, error: string | null, fetched: number, expected: number | null, percent: number | null, rate: number | null, etaSeconds: number | null } };

export type CrawlEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CrawlEventsSubscription = { crawlEvents: { crawlId: string, target: string, status: CrawlStatus, at: string, error: string | null } };

export type LatestCrawlFragment = { latestCrawl: { nodes: Array<{ id: string, target: string, status: CrawlStatus, active: boolean, lists: CrawlLists, source: CrawlSource | null, createdAt: string, startedAt: string | null, finishedAt: string | null, resumesAt: string | null, error: string | null, followersNew: number | null, followersLost: number | null, followingNew: number | null, followingLost: number | null, followersTotal: number | null, followingTotal: number | null, method: CrawlMethod | null, completeness: number | null, progress: { fetched: number, expected: number | null, percent: number | null, rate: number | null, etaSeconds: number | null } }> | null } | null };

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


export type AccountOverviewQuery = { account: { id: string, username: string, fullName: string, profilePicUrl: string | null, isVerified: boolean, isPrivate: boolean, lastCrawledAt: string | null, followers: { totalCount: number } | null, following: { totalCount: number } | null, mutuals: { totalCount: number } | null, fans: { totalCount: number } | null, notFollowingBack: { totalCount: number } | null, latestCrawl: { nodes: Array<{ id: string, target: string, status: CrawlStatus, active: boolean, lists: CrawlLists, source: CrawlSource | null, createdAt: string, startedAt: string | null, finishedAt: string | null, resumesAt: string | null, error: string | null, followersNew: number | null, followersLost: number | null, followingNew: number | null, followingLost: number | null, followersTotal: number | null, followingTotal: number | null, method: CrawlMethod | null, completeness: number | null, progress: { fetched: number, expected: number | null, percent: number | null, rate: number | null, etaSeconds: number | null } }> | null } | null } | null };

export type FollowerRowFragment = { id: string, pk: number, username: string, fullName: string, profilePicUrl: string | null, isVerified: boolean, isPrivate: boolean, firstSeenAt: string, lostAt: string | null, followedAt: string | null, lostReason: LostReason | null, isNew: boolean, isLost: boolean };

export type LostReasonChecksQueryVariables = Exact<{
  username: string;
}>;


export type LostReasonChecksQuery = { account: { id: string, checkLostReasons: boolean } | null };

export type SetLostReasonChecksMutationVariables = Exact<{
  input: SetLostReasonChecksInput;
}>;


export type SetLostReasonChecksMutation = { setLostReasonChecks: { account: { id: string, checkLostReasons: boolean } | null, errors: Array<{ message: string }> | null } };

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


export type FollowerListQuery = { account: { id: string, followers?: { totalCount: number, nodes: Array<{ id: string, pk: number, username: string, fullName: string, profilePicUrl: string | null, isVerified: boolean, isPrivate: boolean, firstSeenAt: string, lostAt: string | null, followedAt: string | null, lostReason: LostReason | null, isNew: boolean, isLost: boolean }> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null, following?: { totalCount: number, nodes: Array<{ id: string, pk: number, username: string, fullName: string, profilePicUrl: string | null, isVerified: boolean, isPrivate: boolean, firstSeenAt: string, lostAt: string | null, followedAt: string | null, lostReason: LostReason | null, isNew: boolean, isLost: boolean }> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null, mutuals?: { totalCount: number, nodes: Array<{ id: string, pk: number, username: string, fullName: string, profilePicUrl: string | null, isVerified: boolean, isPrivate: boolean, firstSeenAt: string, lostAt: string | null, followedAt: string | null, lostReason: LostReason | null, isNew: boolean, isLost: boolean }> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null, fans?: { totalCount: number, nodes: Array<{ id: string, pk: number, username: string, fullName: string, profilePicUrl: string | null, isVerified: boolean, isPrivate: boolean, firstSeenAt: string, lostAt: string | null, followedAt: string | null, lostReason: LostReason | null, isNew: boolean, isLost: boolean }> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null, notFollowingBack?: { totalCount: number, nodes: Array<{ id: string, pk: number, username: string, fullName: string, profilePicUrl: string | null, isVerified: boolean, isPrivate: boolean, firstSeenAt: string, lostAt: string | null, followedAt: string | null, lostReason: LostReason | null, isNew: boolean, isLost: boolean }> | null, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

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


export type CompleteCrawlsQuery = { account: { id: string, crawls: { nodes: Array<{ id: string, finishedAt: string | null, lists: CrawlLists, followersTotal: number | null, followingTotal: number | null }> | null } | null } | null };

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
  pk?: number | null | undefined;
  username?: string | null | undefined;
}>;


export type ProfileStoryQuery = { profile: { pk: number, username: string, fullName: string, profilePicUrl: string | null, isVerified: boolean, isPrivate: boolean, profileUrl: string, relations: Array<{ followsAccount: boolean, followedByAccount: boolean, mutual: boolean, followsAccountSince: string | null, followedByAccountSince: string | null, account: { id: string, username: string }, steps: Array<{ list: FollowList, kind: ChangeKind, at: string }> }> } | null };

export type InstagramSessionQueryVariables = Exact<{ [key: string]: never; }>;


export type InstagramSessionQuery = { instagramSession: { connected: boolean, userId: number | null, status: SessionHealth | null, problem: string | null, blockedUntil: string | null } };

export type InstagramSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type InstagramSessionsQuery = { instagramSessions: Array<{ id: string, label: string | null, proxyHost: string | null, userId: number | null, username: string | null, status: SessionHealth, problem: string | null, lastCheckedAt: string | null, blockedUntil: string | null, crawls: number, client: SessionClient, usesOtherSurfaces: boolean, pacing: { requestsPerMinute: number, requestsPerHour: number, dailyCap: number, usedToday: number, ceilings: { requestsPerMinute: number, requestsPerHour: number, dailyCap: number } } }> };

export type InstagramPacingQueryVariables = Exact<{ [key: string]: never; }>;


export type InstagramPacingQuery = { instagramPacing: { requestsPerMinute: number, requestsPerHour: number, dailyCap: number, jitterSeconds: number } };

export type SetSessionPacingMutationVariables = Exact<{
  input: SetSessionPacingInput;
}>;


export type SetSessionPacingMutation = { setSessionPacing: { session: { id: string } | null, errors: Array<
      | { message: string }
      | { message: string }
    > | null } };

export type RemoveInstagramSessionMutationVariables = Exact<{
  input: RemoveInstagramSessionInput;
}>;


export type RemoveInstagramSessionMutation = { removeInstagramSession: { errors: Array<{ message: string }> | null } };

export type SetSessionSurfacesMutationVariables = Exact<{
  input: SetSessionSurfacesInput;
}>;


export type SetSessionSurfacesMutation = { setSessionSurfaces: { errors: Array<{ message: string }> | null } };

export type ImportSessionMutationVariables = Exact<{
  input: ImportSessionInput;
}>;


export type ImportSessionMutation = { importSession: { session: { connected: boolean, userId: number | null, status: SessionHealth | null, problem: string | null } | null, twoFactor: { identifier: string, username: string } | null, errors: Array<{ message: string }> | null } };

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

export type CreateCompanionPairingMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateCompanionPairingMutation = { createCompanionPairing: { pairing: { code: string, expiresAt: string } } };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, name: string, scopes: Array<ApiTokenScope>, secretEnd: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, lastUsedFrom: string | null, active: boolean }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { secret: string | null, apiToken: { id: string } | null, errors: Array<{ message: string }> | null } };

export type RevokeApiTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { errors: Array<{ message: string }> | null } };

type ErrorMessage_AccountNotFoundError_Fragment = { message: string };

type ErrorMessage_AlertChannelNotFoundError_Fragment = { message: string };

type ErrorMessage_ApiTokenNotFoundError_Fragment = { message: string };

type ErrorMessage_ArchiveRefusedError_Fragment = { message: string };

type ErrorMessage_BackupFailedError_Fragment = { message: string };

type ErrorMessage_BrowserCrawlStateError_Fragment = { message: string };

type ErrorMessage_CrawlAlreadyRunningError_Fragment = { message: string };

type ErrorMessage_CrawlClaimedElsewhereError_Fragment = { message: string };

type ErrorMessage_CrawlNotCancellableError_Fragment = { message: string };

type ErrorMessage_CrawlNotFoundError_Fragment = { message: string };

type ErrorMessage_InvalidAlertChannelError_Fragment = { message: string };

type ErrorMessage_InvalidAlertRuleError_Fragment = { message: string };

type ErrorMessage_InvalidApiTokenError_Fragment = { message: string };

type ErrorMessage_InvalidCountsCsvError_Fragment = { message: string };

type ErrorMessage_InvalidHandleError_Fragment = { message: string };

type ErrorMessage_InvalidPacingError_Fragment = { message: string };

type ErrorMessage_InvalidPageError_Fragment = { message: string };

type ErrorMessage_InvalidSessionError_Fragment = { message: string };

type ErrorMessage_LoginFailedError_Fragment = { message: string };

type ErrorMessage_NoListChosenError_Fragment = { message: string };

type ErrorMessage_NotABrowserCrawlError_Fragment = { message: string };

type ErrorMessage_PageOutOfOrderError_Fragment = { message: string };

type ErrorMessage_RestoreRefusedError_Fragment = { message: string };

export type ErrorMessageFragment =
  | ErrorMessage_AccountNotFoundError_Fragment
  | ErrorMessage_AlertChannelNotFoundError_Fragment
  | ErrorMessage_ApiTokenNotFoundError_Fragment
  | ErrorMessage_ArchiveRefusedError_Fragment
  | ErrorMessage_BackupFailedError_Fragment
  | ErrorMessage_BrowserCrawlStateError_Fragment
  | ErrorMessage_CrawlAlreadyRunningError_Fragment
  | ErrorMessage_CrawlClaimedElsewhereError_Fragment
  | ErrorMessage_CrawlNotCancellableError_Fragment
  | ErrorMessage_CrawlNotFoundError_Fragment
  | ErrorMessage_InvalidAlertChannelError_Fragment
  | ErrorMessage_InvalidAlertRuleError_Fragment
  | ErrorMessage_InvalidApiTokenError_Fragment
  | ErrorMessage_InvalidCountsCsvError_Fragment
  | ErrorMessage_InvalidHandleError_Fragment
  | ErrorMessage_InvalidPacingError_Fragment
  | ErrorMessage_InvalidPageError_Fragment
  | ErrorMessage_InvalidSessionError_Fragment
  | ErrorMessage_LoginFailedError_Fragment
  | ErrorMessage_NoListChosenError_Fragment
  | ErrorMessage_NotABrowserCrawlError_Fragment
  | ErrorMessage_PageOutOfOrderError_Fragment
  | ErrorMessage_RestoreRefusedError_Fragment
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
export const ProgressCountsFragmentDoc = new TypedDocumentString(`
    fragment ProgressCounts on CrawlProgress {
  fetched
  expected
  percent
  rate
  etaSeconds
}
    `, {"fragmentName":"ProgressCounts"}) as unknown as TypedDocumentString<ProgressCountsFragment, unknown>;
export const CrawlFieldsFragmentDoc = new TypedDocumentString(`
    fragment CrawlFields on Crawl {
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
  method
  completeness
}
    fragment ProgressCounts on CrawlProgress {
  fetched
  expected
  percent
  rate
  etaSeconds
}`, {"fragmentName":"CrawlFields"}) as unknown as TypedDocumentString<CrawlFieldsFragment, unknown>;
export const LatestCrawlFragmentDoc = new TypedDocumentString(`
    fragment LatestCrawl on Account {
  latestCrawl: crawls(first: 1, order: [{createdAt: DESC}]) {
    nodes {
      ...CrawlFields
    }
  }
}
    fragment ProgressCounts on CrawlProgress {
  fetched
  expected
  percent
  rate
  etaSeconds
}
fragment CrawlFields on Crawl {
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
  method
  completeness
}`, {"fragmentName":"LatestCrawl"}) as unknown as TypedDocumentString<LatestCrawlFragment, unknown>;
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
  followedAt
  lostReason
  isNew
  isLost
}
    `, {"fragmentName":"FollowerRow"}) as unknown as TypedDocumentString<FollowerRowFragment, unknown>;
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
}`, {"hash":"78f021770279a2af079330546960b68f15fdc655af0d9b1cef07e754ad3535c3"}) as unknown as TypedDocumentString<AccountListQuery, AccountListQueryVariables>;
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
}`, {"hash":"4d0824bb72ab8de91325ad48fcbeb2460c81109ae424bfda97ed057800f4ba89"}) as unknown as TypedDocumentString<BookmarkAccountMutation, BookmarkAccountMutationVariables>;
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
}`, {"hash":"285a75449ba5cca9e78df426cf5e564cdcac7632ad30054cd8416ed10b83d853"}) as unknown as TypedDocumentString<DeleteAccountMutation, DeleteAccountMutationVariables>;
export const AlertChannelsDocument = new TypedDocumentString(`
    query AlertChannels {
  alertChannels {
    id
    name
    kind
    enabled
    mode
    url
    preset
    smtpHost
    smtpPort
    smtpSecurity
    smtpUsername
    emailFrom
    emailTo
    telegramChatId
    hasSecret
  }
}
    `, {"hash":"d21b126c42d595d06a7ef1bf58c5bde19b50363cb43b05c347a602ab9e68f8e3"}) as unknown as TypedDocumentString<AlertChannelsQuery, AlertChannelsQueryVariables>;
export const AddAlertChannelDocument = new TypedDocumentString(`
    mutation AddAlertChannel($input: AddAlertChannelInput!) {
  addAlertChannel(input: $input) {
    channel {
      id
    }
    errors {
      ...ErrorMessage
    }
  }
}
    fragment ErrorMessage on Error {
  message
}`, {"hash":"70855c8574a76fde28c0994a56dea7fa6ab10b1b50bfee488bab56e698304d54"}) as unknown as TypedDocumentString<AddAlertChannelMutation, AddAlertChannelMutationVariables>;
export const UpdateAlertChannelDocument = new TypedDocumentString(`
    mutation UpdateAlertChannel($input: UpdateAlertChannelInput!) {
  updateAlertChannel(input: $input) {
    channel {
      id
      enabled
    }
    errors {
      ...ErrorMessage
    }
  }
}
    fragment ErrorMessage on Error {
  message
}`, {"hash":"2ee477d8f0174089084e2b588feabcdf0ae7d4971ba982e6a9e077702735be86"}) as unknown as TypedDocumentString<UpdateAlertChannelMutation, UpdateAlertChannelMutationVariables>;
export const RemoveAlertChannelDocument = new TypedDocumentString(`
    mutation RemoveAlertChannel($input: RemoveAlertChannelInput!) {
  removeAlertChannel(input: $input) {
    removedId
    errors {
      ...ErrorMessage
    }
  }
}
    fragment ErrorMessage on Error {
  message
}`, {"hash":"684594bb625f19479dad2aa9d8e802624f187dfe51bc0dff9c5ddfe845b27b1a"}) as unknown as TypedDocumentString<RemoveAlertChannelMutation, RemoveAlertChannelMutationVariables>;
export const SendTestAlertDocument = new TypedDocumentString(`
    mutation SendTestAlert($input: SendTestAlertInput!) {
  sendTestAlert(input: $input) {
    delivery {
      status
      lastError
    }
    errors {
      ...ErrorMessage
    }
  }
}
    fragment ErrorMessage on Error {
  message
}`, {"hash":"6d68a7e75b641b6ad5e2bd29e2aafad98551a2a0326aea38940fc32be9c558ca"}) as unknown as TypedDocumentString<SendTestAlertMutation, SendTestAlertMutationVariables>;
export const AlertRulesDocument = new TypedDocumentString(`
    query AlertRules {
  alertRules {
    unfollows
    newFollowersAtLeast
    followerChangePercent
    crawlProblems
  }
  globalAlertRules {
    sessionProblems
    backupFailed
    diskLowMiB
    digestHourUtc
  }
}
    `, {"hash":"8676842ccc53cdeaee07ea12c864268569af5be4999601b1471bbf3325999727"}) as unknown as TypedDocumentString<AlertRulesQuery, AlertRulesQueryVariables>;
export const SetAlertRulesDocument = new TypedDocumentString(`
    mutation SetAlertRules($rules: SetAlertRulesInput!, $global: SetGlobalAlertRulesInput!) {
  setAlertRules(input: $rules) {
    errors {
      ...ErrorMessage
    }
  }
  setGlobalAlertRules(input: $global) {
    errors {
      ...ErrorMessage
    }
  }
}
    fragment ErrorMessage on Error {
  message
}`, {"hash":"428a2fb6b45319613ece5a1bfac4fdb0a970f6cd95c6df843ed142c1786cf2a4"}) as unknown as TypedDocumentString<SetAlertRulesMutation, SetAlertRulesMutationVariables>;
export const AlertDeliveriesDocument = new TypedDocumentString(`
    query AlertDeliveries {
  alertDeliveries(first: 50) {
    id
    status
    title
    attempts
    lastError
    isDigest
    isTest
    createdAt
    sentAt
    channel {
      name
    }
  }
}
    `, {"hash":"26df4211e74d3fcda17b550616226d4a85233a33ac266def9b284cf11630aea4"}) as unknown as TypedDocumentString<AlertDeliveriesQuery, AlertDeliveriesQueryVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications {
  unreadNotificationCount
  notifications(first: 30) {
    id
    kind
    title
    body
    link
    createdAt
    read
  }
}
    `, {"hash":"bc27f5a2e08387d42b370b6d8300635f65ef4496ea49e587bfbc9f3bd096e36f"}) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `, {"hash":"dcaff2ad9c68794a7528d4ec7ed97809a40f2fbb54acd15c6586b339adef7bac"}) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) {
    unreadCount
  }
}
    `, {"hash":"046c12c8008bb5ee5f737d2848c14c9ab1f5dd31e87ec39eff1133e1a367c014"}) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
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
      days
      at
      followers
      low
      high
      slopePerDay
    }
    daysUntilProjection
    profileEvents(first: 100) {
      at
      kind
      before
      after
    }
  }
}
    `, {"hash":"a624da100d8043326efa42303679b85c1ce82771232d18cf47551c5aeecf2fca"}) as unknown as TypedDocumentString<AccountCountsQuery, AccountCountsQueryVariables>;
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
    `, {"hash":"d831827aac1b53e4b17ccbe9e3c840eca1b5d0ee21309a702b6b1011c6d73669"}) as unknown as TypedDocumentString<RankingsQuery, RankingsQueryVariables>;
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
}`, {"hash":"1f03ee9a6df1c1a483fc008b1e1e81e11b2d9e96e765f27e1aa1394ba0b23070"}) as unknown as TypedDocumentString<SetTrackingLevelMutation, SetTrackingLevelMutationVariables>;
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
}`, {"hash":"561dfccda9c7ee2a7f7f801be2e167a89e4e4a71912bb573e989ed0f8c69e853"}) as unknown as TypedDocumentString<ImportCountsMutation, ImportCountsMutationVariables>;
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
}`, {"hash":"bb3bc5769d946ded7838c4c3d870f37e4215abdbb02012d69af3ce2ca0a609e0"}) as unknown as TypedDocumentString<WatchAccountMutation, WatchAccountMutationVariables>;
export const CrawlByIdDocument = new TypedDocumentString(`
    query CrawlById($id: ID!) {
  crawl(id: $id) {
    ...CrawlFields
  }
}
    fragment ProgressCounts on CrawlProgress {
  fetched
  expected
  percent
  rate
  etaSeconds
}
fragment CrawlFields on Crawl {
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
  method
  completeness
}`, {"hash":"ae216a2df0e1566b775ee4b0879c31e2e21656f2ac80beb1d9d8c9f00d4bb509"}) as unknown as TypedDocumentString<CrawlByIdQuery, CrawlByIdQueryVariables>;
export const CrawlHistoryDocument = new TypedDocumentString(`
    query CrawlHistory($first: Int!, $after: String) {
  crawls(first: $first, after: $after, order: [{createdAt: DESC}]) {
    totalCount
    nodes {
      ...CrawlFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ProgressCounts on CrawlProgress {
  fetched
  expected
  percent
  rate
  etaSeconds
}
fragment CrawlFields on Crawl {
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
  method
  completeness
}`, {"hash":"e9972e2ed9fae54e81279c7ea3982a8184d564bce3b6bc07b5956297325a7861"}) as unknown as TypedDocumentString<CrawlHistoryQuery, CrawlHistoryQueryVariables>;
export const StartCrawlDocument = new TypedDocumentString(`
    mutation StartCrawl($input: StartCrawlInput!) {
  startCrawl(input: $input) {
    crawl {
      ...CrawlFields
    }
    errors {
      __typename
      ...ErrorMessage
      ... on CrawlAlreadyRunningError {
        crawl {
          ...CrawlFields
        }
      }
    }
  }
}
    fragment ProgressCounts on CrawlProgress {
  fetched
  expected
  percent
  rate
  etaSeconds
}
fragment CrawlFields on Crawl {
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
  method
  completeness
}
fragment ErrorMessage on Error {
  message
}`, {"hash":"d51a59a03367dcf7de469d1260e6013433776bb32d9026e18da0f1c1714a13a8"}) as unknown as TypedDocumentString<StartCrawlMutation, StartCrawlMutationVariables>;
export const CancelCrawlDocument = new TypedDocumentString(`
    mutation CancelCrawl($input: CancelCrawlInput!) {
  cancelCrawl(input: $input) {
    crawl {
      ...CrawlFields
    }
    errors {
      __typename
      ...ErrorMessage
    }
  }
}
    fragment ProgressCounts on CrawlProgress {
  fetched
  expected
  percent
  rate
  etaSeconds
}
fragment CrawlFields on Crawl {
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
  method
  completeness
}
fragment ErrorMessage on Error {
  message
}`, {"hash":"00cd58ef120f9ece2510dd55f4a84d5f69a5e587547d5e72a9d724134f5568b5"}) as unknown as TypedDocumentString<CancelCrawlMutation, CancelCrawlMutationVariables>;
export const ResumeBrowserCrawlDocument = new TypedDocumentString(`
    mutation ResumeBrowserCrawl($input: ResumeBrowserCrawlInput!) {
  resumeBrowserCrawl(input: $input) {
    crawl {
      ...CrawlFields
    }
    errors {
      __typename
      ...ErrorMessage
    }
  }
}
    fragment ProgressCounts on CrawlProgress {
  fetched
  expected
  percent
  rate
  etaSeconds
}
fragment CrawlFields on Crawl {
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
  method
  completeness
}
fragment ErrorMessage on Error {
  message
}`, {"hash":"59757b1b756803b094571704fadbc6fd188f2f177b7c7581f399158ecf358886"}) as unknown as TypedDocumentString<ResumeBrowserCrawlMutation, ResumeBrowserCrawlMutationVariables>;
export const CrawlProgressDocument = new TypedDocumentString(`
    subscription CrawlProgress($crawlId: ID!) {
  crawlProgress(crawlId: $crawlId) {
    crawlId
    status
    active
    ...ProgressCounts
    resumesAt
    error
  }
}
    fragment ProgressCounts on CrawlProgress {
  fetched
  expected
  percent
  rate
  etaSeconds
}`, {"hash":"622ec1fb544d522721150a833aecf2cea21dc40bc3c5bccbbe137df20e94c60d"}) as unknown as TypedDocumentString<CrawlProgressSubscription, CrawlProgressSubscriptionVariables>;
export const CrawlEventsDocument = new TypedDocumentString(`
    subscription CrawlEvents {
  crawlEvents {
    crawlId
    target
    status
    at
    error
  }
}
    `, {"hash":"b9b3ed672631b06fd52ff0e74605a1937e69137f117f64377ca9b18972ccc061"}) as unknown as TypedDocumentString<CrawlEventsSubscription, CrawlEventsSubscriptionVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard {
  dashboard {
    trackedAccounts
    totalProfiles
    totalEdges
    lastRunAt
  }
}
    `, {"hash":"c14134d4ff44da7124cd8ff105cc706e2c9579237ea659f3803ca1b9dbb23a09"}) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
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
    `, {"hash":"091c202a653af9527ef2f9112d943554184ef7809f3bb350d21fa4a82e618002"}) as unknown as TypedDocumentString<GrowthQuery, GrowthQueryVariables>;
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
    `, {"hash":"3fb09f0e82eafd6c994eae80d5dbec8c825802444084b4e52726f62232d77c39"}) as unknown as TypedDocumentString<GlobalSearchQuery, GlobalSearchQueryVariables>;
export const DemoModeDocument = new TypedDocumentString(`
    query DemoMode {
  demoMode
}
    `, {"hash":"a447e1a221c541200e28ee5eda1623deb3c474ed5298359a9839c2f738f3aec6"}) as unknown as TypedDocumentString<DemoModeQuery, DemoModeQueryVariables>;
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
    `, {"hash":"c59f167f76f5d208b16b1b41289dd903afdbd7827c085f0dc03172c9bff94aa6"}) as unknown as TypedDocumentString<IgnoreProfilesMutation, IgnoreProfilesMutationVariables>;
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
    `, {"hash":"fe5bbdcf13b542a4e8c64a1d258bc68030a0831df3ed3a3c04ab8cca380d2b3d"}) as unknown as TypedDocumentString<IgnoredProfilesQuery, IgnoredProfilesQueryVariables>;
export const AccountOverviewDocument = new TypedDocumentString(`
    query AccountOverview($username: String!) {
  account(username: $username) {
    ...AccountHeader
    ...LatestCrawl
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
}
fragment ProgressCounts on CrawlProgress {
  fetched
  expected
  percent
  rate
  etaSeconds
}
fragment CrawlFields on Crawl {
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
  method
  completeness
}
fragment LatestCrawl on Account {
  latestCrawl: crawls(first: 1, order: [{createdAt: DESC}]) {
    nodes {
      ...CrawlFields
    }
  }
}`, {"hash":"c1bb9fa5e0d08dc385796b50655fe7b61f4a0b9dbce5b73c324de854fca5c61b"}) as unknown as TypedDocumentString<AccountOverviewQuery, AccountOverviewQueryVariables>;
export const LostReasonChecksDocument = new TypedDocumentString(`
    query LostReasonChecks($username: String!) {
  account(username: $username) {
    id
    checkLostReasons
  }
}
    `, {"hash":"ddf71206eaa1f4de8eb51ec09621b8c60aa1800a62ee5d5f0e626d63c93a60dd"}) as unknown as TypedDocumentString<LostReasonChecksQuery, LostReasonChecksQueryVariables>;
export const SetLostReasonChecksDocument = new TypedDocumentString(`
    mutation SetLostReasonChecks($input: SetLostReasonChecksInput!) {
  setLostReasonChecks(input: $input) {
    account {
      id
      checkLostReasons
    }
    errors {
      ...ErrorMessage
    }
  }
}
    fragment ErrorMessage on Error {
  message
}`, {"hash":"ac028ebe4f93d2c1d7b205d95a5532c906300f0b4068cd576158edd73ceca6fd"}) as unknown as TypedDocumentString<SetLostReasonChecksMutation, SetLostReasonChecksMutationVariables>;
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
  followedAt
  lostReason
  isNew
  isLost
}`, {"hash":"cd93cbc2e13a3fc7cfc56e8bc02f164108ac6c7b2d2a97455e36fe27e6d28a99"}) as unknown as TypedDocumentString<FollowerListQuery, FollowerListQueryVariables>;
export const ExportUrlDocument = new TypedDocumentString(`
    query ExportUrl($username: String!, $view: FollowerView!, $format: ExportFormat!, $where: FollowerFilterInput, $order: [FollowerSortInput!]) {
  account(username: $username) {
    id
    exportUrl(view: $view, format: $format, where: $where, order: $order)
  }
}
    `, {"hash":"897cc0f2e478faba457e890cbd6e9a99bc6834a53eb425cf6c017606cb07d4a0"}) as unknown as TypedDocumentString<ExportUrlQuery, ExportUrlQueryVariables>;
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
    `, {"hash":"32cf48984de0dd57bd9776bd42f4e86685b9261e564129432abdb6d89c0008c3"}) as unknown as TypedDocumentString<ChangeHistoryQuery, ChangeHistoryQueryVariables>;
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
    `, {"hash":"8f115ec392f3908e6eba5a6b2debb98fd176d3fab8e146c9aa2aa2ee4fb3274c"}) as unknown as TypedDocumentString<MarkChangesReviewedMutation, MarkChangesReviewedMutationVariables>;
export const CompleteCrawlsDocument = new TypedDocumentString(`
    query CompleteCrawls($username: String!) {
  account(username: $username) {
    id
    crawls(first: 200, where: {status: {eq: SUCCEEDED}}, order: [{createdAt: DESC}]) {
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
    `, {"hash":"30fa9e1c94d1077c49397c84ca9f1e0a5feca2d068e3f13732c66b70571aa6bf"}) as unknown as TypedDocumentString<CompleteCrawlsQuery, CompleteCrawlsQueryVariables>;
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
    `, {"hash":"af218cc158834db964ff369b50f29a275e11c9a2a63cbf593d1cbab32e135717"}) as unknown as TypedDocumentString<CompareCrawlsQuery, CompareCrawlsQueryVariables>;
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
    `, {"hash":"65e447a156131837c6578f4cfd7e935d32ea8c4985544a6f2d6a8bf5629c873a"}) as unknown as TypedDocumentString<AccountInsightsQuery, AccountInsightsQueryVariables>;
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
    `, {"hash":"7535784acc23d31ea1761fdf8a9cdee9312885ef50cf35d4a552857bf0908176"}) as unknown as TypedDocumentString<NetworkQuery, NetworkQueryVariables>;
export const ProfileStoryDocument = new TypedDocumentString(`
    query ProfileStory($pk: Long, $username: String) {
  profile(pk: $pk, username: $username) {
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
      followsAccountSince
      followedByAccountSince
      steps {
        list
        kind
        at
      }
    }
  }
}
    `, {"hash":"bdf28087938b174ad06a32f6fa2df5c0c0fc082a478e63785ca71ef7343e262a"}) as unknown as TypedDocumentString<ProfileStoryQuery, ProfileStoryQueryVariables>;
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
    `, {"hash":"a0a75cff3dbded0ba72f25a05fba8e9631c8a46f544194495b400527440be813"}) as unknown as TypedDocumentString<InstagramSessionQuery, InstagramSessionQueryVariables>;
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
    client
    usesOtherSurfaces
    pacing {
      requestsPerMinute
      requestsPerHour
      dailyCap
      usedToday
      ceilings {
        requestsPerMinute
        requestsPerHour
        dailyCap
      }
    }
  }
}
    `, {"hash":"eeb53c31590b6a9ff032ca4a0ab901e1529dd1ecb8b0586a09705001a06101af"}) as unknown as TypedDocumentString<InstagramSessionsQuery, InstagramSessionsQueryVariables>;
export const InstagramPacingDocument = new TypedDocumentString(`
    query InstagramPacing {
  instagramPacing {
    requestsPerMinute
    requestsPerHour
    dailyCap
    jitterSeconds
  }
}
    `, {"hash":"f1a02beff7662dca17d75c8fe14992f4da7a9941f62089ef463ffc70e3eda5fa"}) as unknown as TypedDocumentString<InstagramPacingQuery, InstagramPacingQueryVariables>;
export const SetSessionPacingDocument = new TypedDocumentString(`
    mutation SetSessionPacing($input: SetSessionPacingInput!) {
  setSessionPacing(input: $input) {
    session {
      id
    }
    errors {
      ...ErrorMessage
    }
  }
}
    fragment ErrorMessage on Error {
  message
}`, {"hash":"7b0555d9ea388de04b51a2e64453a7edf557d4fb66726f400bd9291a595ae391"}) as unknown as TypedDocumentString<SetSessionPacingMutation, SetSessionPacingMutationVariables>;
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
}`, {"hash":"e8259eb2c8888b579d2a0f15ae29ce4bd65d9643b3c458db40db0b7e88125dd2"}) as unknown as TypedDocumentString<RemoveInstagramSessionMutation, RemoveInstagramSessionMutationVariables>;
export const SetSessionSurfacesDocument = new TypedDocumentString(`
    mutation SetSessionSurfaces($input: SetSessionSurfacesInput!) {
  setSessionSurfaces(input: $input) {
    errors {
      ...ErrorMessage
    }
  }
}
    fragment ErrorMessage on Error {
  message
}`, {"hash":"2e6e36d78374ae8f694e550f68e10c86529a43ec2cafac9f163eab2f54cacc6e"}) as unknown as TypedDocumentString<SetSessionSurfacesMutation, SetSessionSurfacesMutationVariables>;
export const ImportSessionDocument = new TypedDocumentString(`
    mutation ImportSession($input: ImportSessionInput!) {
  importSession(input: $input) {
    session {
      connected
      userId
      status
      problem
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
}`, {"hash":"18a7ae0a6db7284f8ca1b84da9dcbca5c1f00f936584f52359958094abfc6f31"}) as unknown as TypedDocumentString<ImportSessionMutation, ImportSessionMutationVariables>;
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
}`, {"hash":"99366f62a8f9a52d9edd3e9abdf9f7b2afacfc2a9e25c5d141a75289785d7caf"}) as unknown as TypedDocumentString<LogInMutation, LogInMutationVariables>;
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
}`, {"hash":"ad5e8d1f0a6e2f3aaf044c48e673e89b55eebb59c73753b082abea53c589cd81"}) as unknown as TypedDocumentString<VerifyTwoFactorMutation, VerifyTwoFactorMutationVariables>;
export const LogOutDocument = new TypedDocumentString(`
    mutation LogOut {
  logOut {
    connected
    userId
  }
}
    `, {"hash":"96c76431137bf7cf9f47e156be2d3604afa2690c250fce0cba1bf533deef376f"}) as unknown as TypedDocumentString<LogOutMutation, LogOutMutationVariables>;
export const BackupsDocument = new TypedDocumentString(`
    query Backups {
  backups {
    fileName
    sizeBytes
    createdAt
  }
  pendingRestore
}
    `, {"hash":"a868f3df777d00dcb55c838521a75dd7a4c1359a6fd90b15b69f0d84d6cfc6a3"}) as unknown as TypedDocumentString<BackupsQuery, BackupsQueryVariables>;
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
    `, {"hash":"dc8ee8e4960c32ff3cacf062dc21edf0f7c32108149bb94d2b89b5f804f42544"}) as unknown as TypedDocumentString<ScheduleRestoreMutation, ScheduleRestoreMutationVariables>;
export const CancelRestoreDocument = new TypedDocumentString(`
    mutation CancelRestore {
  cancelRestore {
    pendingRestore
  }
}
    `, {"hash":"b38bce4a4c7c9115a6cd53a08a5e637f760e1f7303ce8e87ad785761c6cfa53c"}) as unknown as TypedDocumentString<CancelRestoreMutation, CancelRestoreMutationVariables>;
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
}`, {"hash":"654f9b5d122879006a8b57614264d3c28bbbd47420d7d2862495da4d0a348c69"}) as unknown as TypedDocumentString<CreateBackupMutation, CreateBackupMutationVariables>;
export const CreateCompanionPairingDocument = new TypedDocumentString(`
    mutation CreateCompanionPairing {
  createCompanionPairing {
    pairing {
      code
      expiresAt
    }
  }
}
    `, {"hash":"5f3ae5a8a39befe9d9ed5d2aaf89721c7c6aba74dd484df846482c0e7e857ef5"}) as unknown as TypedDocumentString<CreateCompanionPairingMutation, CreateCompanionPairingMutationVariables>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens {
  apiTokens {
    id
    name
    scopes
    secretEnd
    createdAt
    expiresAt
    revokedAt
    lastUsedAt
    lastUsedFrom
    active
  }
}
    `, {"hash":"9168737fdd9b2812e7a74c83dd34f0c62b3a93cbbaebb4eb9ec992e395a2245a"}) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    secret
    apiToken {
      id
    }
    errors {
      ...ErrorMessage
    }
  }
}
    fragment ErrorMessage on Error {
  message
}`, {"hash":"b46cc78f7bfb4c80fa7f1ea1bb42497ba85b9c34b5377e8e91008741a4aa2cd1"}) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($input: RevokeApiTokenInput!) {
  revokeApiToken(input: $input) {
    errors {
      ...ErrorMessage
    }
  }
}
    fragment ErrorMessage on Error {
  message
}`, {"hash":"fb3d27c0040650d300d59742259cf35c41120b4cdaf99c45564be877fa72b9c7"}) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;