/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AccountHeader on Account {\n    id\n    username\n    fullName\n    profilePicUrl\n    isVerified\n    isPrivate\n    lastCrawledAt\n  }\n": typeof types.AccountHeaderFragmentDoc,
    "\n  fragment AccountRow on Account {\n    ...AccountHeader\n    followerCount\n    followingCount\n    bookmarked\n    timeline {\n      followerCount\n    }\n    trackingLevel\n    recent: counts(from: $countsFrom, every: DAY) {\n      followers\n    }\n    week: growth(days: 7) {\n      absolute\n      percent\n    }\n  }\n": typeof types.AccountRowFragmentDoc,
    "\n  query AccountList($first: Int!, $after: String, $where: AccountFilterInput, $order: [AccountSortInput!], $countsFrom: DateTime) {\n    accounts(first: $first, after: $after, where: $where, order: $order) {\n      totalCount\n      nodes {\n        ...AccountRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AccountListDocument,
    "\n  mutation BookmarkAccount($input: BookmarkAccountInput!) {\n    bookmarkAccount(input: $input) {\n      account {\n        id\n        bookmarked\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": typeof types.BookmarkAccountDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input) {\n      deletedAccountId\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": typeof types.DeleteAccountDocument,
    "\n  query AlertChannels {\n    alertChannels {\n      id\n      name\n      kind\n      enabled\n      mode\n      url\n      preset\n      smtpHost\n      smtpPort\n      smtpSecurity\n      smtpUsername\n      emailFrom\n      emailTo\n      telegramChatId\n      hasSecret\n    }\n  }\n": typeof types.AlertChannelsDocument,
    "\n  mutation AddAlertChannel($input: AddAlertChannelInput!) {\n    addAlertChannel(input: $input) {\n      channel {\n        id\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": typeof types.AddAlertChannelDocument,
    "\n  mutation UpdateAlertChannel($input: UpdateAlertChannelInput!) {\n    updateAlertChannel(input: $input) {\n      channel {\n        id\n        enabled\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": typeof types.UpdateAlertChannelDocument,
    "\n  mutation RemoveAlertChannel($input: RemoveAlertChannelInput!) {\n    removeAlertChannel(input: $input) {\n      removedId\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": typeof types.RemoveAlertChannelDocument,
    "\n  mutation SendTestAlert($input: SendTestAlertInput!) {\n    sendTestAlert(input: $input) {\n      delivery {\n        status\n        lastError\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": typeof types.SendTestAlertDocument,
    "\n  query AlertRules {\n    alertRules {\n      unfollows\n      newFollowersAtLeast\n      followerChangePercent\n      crawlProblems\n    }\n    globalAlertRules {\n      sessionProblems\n      backupFailed\n      diskLowMiB\n      digestHourUtc\n    }\n  }\n": typeof types.AlertRulesDocument,
    "\n  mutation SetAlertRules($rules: SetAlertRulesInput!, $global: SetGlobalAlertRulesInput!) {\n    setAlertRules(input: $rules) {\n      errors {\n        ...ErrorMessage\n      }\n    }\n    setGlobalAlertRules(input: $global) {\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": typeof types.SetAlertRulesDocument,
    "\n  query AlertDeliveries {\n    alertDeliveries(first: 50) {\n      id\n      status\n      title\n      attempts\n      lastError\n      isDigest\n      isTest\n      createdAt\n      sentAt\n      channel {\n        name\n      }\n    }\n  }\n": typeof types.AlertDeliveriesDocument,
    "\n  query Notifications {\n    unreadNotificationCount\n    notifications(first: 30) {\n      id\n      kind\n      title\n      body\n      link\n      createdAt\n      read\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query AccountCounts($username: String!, $from: DateTime, $every: CountInterval!) {\n    account(username: $username) {\n      id\n      trackingLevel\n      counts(from: $from, every: $every) {\n        at\n        followers\n        following\n        posts\n      }\n      week: growth(days: 7) {\n        absolute\n        percent\n      }\n      month: growth(days: 30) {\n        absolute\n        percent\n      }\n      projection(days: 30) {\n        days\n        at\n        followers\n        low\n        high\n        slopePerDay\n      }\n      daysUntilProjection\n      profileEvents(first: 100) {\n        at\n        kind\n        before\n        after\n      }\n    }\n  }\n": typeof types.AccountCountsDocument,
    "\n  query Rankings($by: RankBy!, $first: Int!) {\n    rankings(by: $by, first: $first) {\n      rank\n      followers\n      gain7d\n      gain30d\n      growthPct30d\n      account {\n        id\n        username\n        fullName\n        profilePicUrl\n        trackingLevel\n      }\n    }\n  }\n": typeof types.RankingsDocument,
    "\n  mutation SetTrackingLevel($input: SetTrackingLevelInput!) {\n    setTrackingLevel(input: $input) {\n      account {\n        id\n        trackingLevel\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": typeof types.SetTrackingLevelDocument,
    "\n  mutation ImportCounts($input: ImportCountsInput!) {\n    importCounts(input: $input) {\n      imported\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": typeof types.ImportCountsDocument,
    "\n  mutation WatchAccount($input: AddAccountInput!) {\n    addAccount(input: $input) {\n      account {\n        id\n        username\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": typeof types.WatchAccountDocument,
    "\n  fragment ProgressCounts on CrawlProgress {\n    fetched\n    expected\n    percent\n    rate\n    etaSeconds\n  }\n": typeof types.ProgressCountsFragmentDoc,
    "\n  fragment CrawlFields on Crawl {\n    id\n    target\n    status\n    active\n    lists\n    source\n    createdAt\n    startedAt\n    finishedAt\n    resumesAt\n    error\n    progress {\n      ...ProgressCounts\n    }\n    followersNew\n    followersLost\n    followingNew\n    followingLost\n    followersTotal\n    followingTotal\n    method\n    completeness\n  }\n": typeof types.CrawlFieldsFragmentDoc,
    "\n  query CrawlById($id: ID!) {\n    crawl(id: $id) {\n      ...CrawlFields\n    }\n  }\n": typeof types.CrawlByIdDocument,
    "\n  query CrawlHistory($first: Int!, $after: String) {\n    crawls(first: $first, after: $after, order: [{ createdAt: DESC }]) {\n      totalCount\n      nodes {\n        ...CrawlFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CrawlHistoryDocument,
    "\n  mutation StartCrawl($input: StartCrawlInput!) {\n    startCrawl(input: $input) {\n      crawl {\n        ...CrawlFields\n      }\n      errors {\n        __typename\n        ...ErrorMessage\n        ... on CrawlAlreadyRunningError {\n          crawl {\n            ...CrawlFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.StartCrawlDocument,
    "\n  mutation CancelCrawl($input: CancelCrawlInput!) {\n    cancelCrawl(input: $input) {\n      crawl {\n        ...CrawlFields\n      }\n      errors {\n        __typename\n        ...ErrorMessage\n      }\n    }\n  }\n": typeof types.CancelCrawlDocument,
    "\n  mutation ResumeBrowserCrawl($input: ResumeBrowserCrawlInput!) {\n    resumeBrowserCrawl(input: $input) {\n      crawl {\n        ...CrawlFields\n      }\n      errors {\n        __typename\n        ...ErrorMessage\n      }\n    }\n  }\n": typeof types.ResumeBrowserCrawlDocument,
    "\n  subscription CrawlProgress($crawlId: ID!) {\n    crawlProgress(crawlId: $crawlId) {\n      crawlId\n      status\n      active\n      ...ProgressCounts\n      resumesAt\n      error\n    }\n  }\n": typeof types.CrawlProgressDocument,
    "\n  subscription CrawlEvents {\n    crawlEvents {\n      crawlId\n      target\n      status\n      at\n      error\n    }\n  }\n": typeof types.CrawlEventsDocument,
    "\n  fragment LatestCrawl on Account {\n    latestCrawl: crawls(first: 1, order: [{ createdAt: DESC }]) {\n      nodes {\n        ...CrawlFields\n      }\n    }\n  }\n": typeof types.LatestCrawlFragmentDoc,
    "\n  query Dashboard {\n    dashboard {\n      trackedAccounts\n      totalProfiles\n      totalEdges\n      lastRunAt\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query Growth($days: Int!) {\n    dashboard {\n      topGrowth(days: $days, first: 5) {\n        account {\n          id\n          username\n        }\n        baseline\n        latest\n        absolute\n        percent\n        points {\n          at\n          followerCount\n        }\n      }\n    }\n  }\n": typeof types.GrowthDocument,
    "\n  query GlobalSearch($text: String!) {\n    search(text: $text, first: 8) {\n      accounts {\n        id\n        username\n        fullName\n        profilePicUrl\n        followerCount\n      }\n      profiles {\n        id\n        pk\n        username\n        fullName\n        profilePicUrl\n        isVerified\n      }\n    }\n  }\n": typeof types.GlobalSearchDocument,
    "\n  query DemoMode {\n    demoMode\n  }\n": typeof types.DemoModeDocument,
    "\n  mutation IgnoreProfiles($input: IgnoreProfilesInput!) {\n    ignoreProfiles(input: $input) {\n      account {\n        id\n      }\n      errors {\n        ... on AccountNotFoundError {\n          message\n        }\n      }\n    }\n  }\n": typeof types.IgnoreProfilesDocument,
    "\n  query IgnoredProfiles($username: String!) {\n    account(username: $username) {\n      id\n      ignoredProfiles {\n        pk\n        username\n        fullName\n        profilePicUrl\n      }\n    }\n  }\n": typeof types.IgnoredProfilesDocument,
    "\n  query AccountOverview($username: String!) {\n    account(username: $username) {\n      ...AccountHeader\n      ...LatestCrawl\n      followers {\n        totalCount\n      }\n      following {\n        totalCount\n      }\n      mutuals {\n        totalCount\n      }\n      fans {\n        totalCount\n      }\n      notFollowingBack {\n        totalCount\n      }\n    }\n  }\n": typeof types.AccountOverviewDocument,
    "\n  fragment FollowerRow on Follower {\n    id\n    pk\n    username\n    fullName\n    profilePicUrl\n    isVerified\n    isPrivate\n    firstSeenAt\n    lostAt\n    followedAt\n    lostReason\n    isNew\n    isLost\n  }\n": typeof types.FollowerRowFragmentDoc,
    "\n  query LostReasonChecks($username: String!) {\n    account(username: $username) {\n      id\n      checkLostReasons\n    }\n  }\n": typeof types.LostReasonChecksDocument,
    "\n  mutation SetLostReasonChecks($input: SetLostReasonChecksInput!) {\n    setLostReasonChecks(input: $input) {\n      account {\n        id\n        checkLostReasons\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": typeof types.SetLostReasonChecksDocument,
    "\n  query FollowerList(\n    $username: String!\n    $first: Int!\n    $after: String\n    $where: FollowerFilterInput\n    $order: [FollowerSortInput!]\n    $followers: Boolean!\n    $following: Boolean!\n    $mutuals: Boolean!\n    $fans: Boolean!\n    $notFollowingBack: Boolean!\n  ) {\n    account(username: $username) {\n      id\n      followers(first: $first, after: $after, where: $where, order: $order) @include(if: $followers) {\n        totalCount\n        nodes {\n          ...FollowerRow\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      following(first: $first, after: $after, where: $where, order: $order) @include(if: $following) {\n        totalCount\n        nodes {\n          ...FollowerRow\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      mutuals(first: $first, after: $after, where: $where, order: $order) @include(if: $mutuals) {\n        totalCount\n        nodes {\n          ...FollowerRow\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      fans(first: $first, after: $after, where: $where, order: $order) @include(if: $fans) {\n        totalCount\n        nodes {\n          ...FollowerRow\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      notFollowingBack(first: $first, after: $after, where: $where, order: $order) @include(if: $notFollowingBack) {\n        totalCount\n        nodes {\n          ...FollowerRow\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.FollowerListDocument,
    "\n  query ExportUrl(\n    $username: String!\n    $view: FollowerView!\n    $format: ExportFormat!\n    $where: FollowerFilterInput\n    $order: [FollowerSortInput!]\n  ) {\n    account(username: $username) {\n      id\n      exportUrl(view: $view, format: $format, where: $where, order: $order)\n    }\n  }\n": typeof types.ExportUrlDocument,
    "\n  query ChangeHistory(\n    $username: String!\n    $list: FollowList!\n    $kind: ChangeKind\n    $from: DateTime\n    $to: DateTime\n    $where: FollowerChangeFilterInput\n    $first: Int!\n    $after: String\n  ) {\n    account(username: $username) {\n      id\n      changes(list: $list, kind: $kind, from: $from, to: $to, where: $where, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          at\n          reviewed\n          pk\n          username\n          fullName\n          profilePicUrl\n          profileUrl\n        }\n      }\n    }\n  }\n": typeof types.ChangeHistoryDocument,
    "\n  mutation MarkChangesReviewed($input: MarkChangesReviewedInput!) {\n    markChangesReviewed(input: $input) {\n      updatedCount\n      errors {\n        ... on AccountNotFoundError {\n          message\n        }\n      }\n    }\n  }\n": typeof types.MarkChangesReviewedDocument,
    "\n  query CompleteCrawls($username: String!) {\n    account(username: $username) {\n      id\n      crawls(first: 200, where: { status: { eq: SUCCEEDED } }, order: [{ createdAt: DESC }]) {\n        nodes {\n          id\n          finishedAt\n          lists\n          followersTotal\n          followingTotal\n        }\n      }\n    }\n  }\n": typeof types.CompleteCrawlsDocument,
    "\n  query CompareCrawls($username: String!, $from: ID!, $to: ID!, $list: FollowList!) {\n    account(username: $username) {\n      id\n      compareCrawls(from: $from, to: $to, list: $list) {\n        from {\n          id\n          finishedAt\n        }\n        to {\n          id\n          finishedAt\n        }\n        joined(first: 500) {\n          totalCount\n          nodes {\n            pk\n            username\n            fullName\n            profilePicUrl\n          }\n        }\n        left(first: 500) {\n          totalCount\n          nodes {\n            pk\n            username\n            fullName\n            profilePicUrl\n          }\n        }\n      }\n    }\n  }\n": typeof types.CompareCrawlsDocument,
    "\n  query AccountInsights($username: String!, $ghostDays: Int) {\n    account(username: $username) {\n      id\n      timeline {\n        crawlId\n        at\n        followerCount\n        followingCount\n        newFollowers\n        lostFollowers\n      }\n      insights {\n        followBack {\n          fans\n          notFollowingBack\n          mutuals\n          newFollowers\n          lostFollowers\n        }\n        ghostCaveat\n        ghostCandidates(first: 50, minAgeDays: $ghostDays) {\n          totalCount\n          nodes {\n            id\n            username\n            fullName\n            profilePicUrl\n            firstSeenAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccountInsightsDocument,
    "\n  query Network($accounts: [ID!], $minShared: Int!, $maxNodes: Int!) {\n    network(accounts: $accounts, minShared: $minShared, maxNodes: $maxNodes) {\n      totalNodeCount\n      totalEdgeCount\n      truncated\n      nodes {\n        id\n        isTrackedAccount\n        username\n        fullName\n        profilePicUrl\n        isVerified\n        degree\n      }\n      edges {\n        source\n        target\n        relation\n      }\n    }\n    accounts(first: 100, order: [{ username: ASC }]) {\n      nodes {\n        id\n        username\n      }\n    }\n  }\n": typeof types.NetworkDocument,
    "\n  query ProfileStory($pk: Long, $username: String) {\n    profile(pk: $pk, username: $username) {\n      pk\n      username\n      fullName\n      profilePicUrl\n      isVerified\n      isPrivate\n      profileUrl\n      relations {\n        account {\n          id\n          username\n        }\n        followsAccount\n        followedByAccount\n        mutual\n        followsAccountSince\n        followedByAccountSince\n        steps {\n          list\n          kind\n          at\n        }\n      }\n    }\n  }\n": typeof types.ProfileStoryDocument,
    "\n  query InstagramSession {\n    instagramSession {\n      connected\n      userId\n      status\n      problem\n      blockedUntil\n    }\n  }\n": typeof types.InstagramSessionDocument,
    "\n  query InstagramSessions {\n    instagramSessions {\n      id\n      label\n      proxyHost\n      userId\n      username\n      status\n      problem\n      lastCheckedAt\n      blockedUntil\n      crawls\n      client\n      usesOtherSurfaces\n      pacing {\n        requestsPerMinute\n        requestsPerHour\n        dailyCap\n        usedToday\n        ceilings {\n          requestsPerMinute\n          requestsPerHour\n          dailyCap\n        }\n      }\n    }\n  }\n": typeof types.InstagramSessionsDocument,
    "\n  query InstagramPacing {\n    instagramPacing {\n      requestsPerMinute\n      requestsPerHour\n      dailyCap\n      jitterSeconds\n    }\n  }\n": typeof types.InstagramPacingDocument,
    "\n  mutation SetSessionPacing($input: SetSessionPacingInput!) {\n    setSessionPacing(input: $input) {\n      session {\n        id\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": typeof types.SetSessionPacingDocument,
    "\n  mutation RemoveInstagramSession($input: RemoveInstagramSessionInput!) {\n    removeInstagramSession(input: $input) {\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": typeof types.RemoveInstagramSessionDocument,
    "\n  mutation SetSessionSurfaces($input: SetSessionSurfacesInput!) {\n    setSessionSurfaces(input: $input) {\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": typeof types.SetSessionSurfacesDocument,
    "\n  mutation ImportSession($input: ImportSessionInput!) {\n    importSession(input: $input) {\n      session {\n        connected\n        userId\n        status\n        problem\n      }\n      twoFactor {\n        identifier\n        username\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": typeof types.ImportSessionDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      session {\n        connected\n        userId\n        status\n      }\n      twoFactor {\n        identifier\n        username\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation VerifyTwoFactor($input: VerifyTwoFactorInput!) {\n    verifyTwoFactor(input: $input) {\n      session {\n        connected\n        userId\n        status\n      }\n      twoFactor {\n        identifier\n        username\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": typeof types.VerifyTwoFactorDocument,
    "\n  mutation LogOut {\n    logOut {\n      connected\n      userId\n    }\n  }\n": typeof types.LogOutDocument,
    "\n  query Backups {\n    backups {\n      fileName\n      sizeBytes\n      createdAt\n    }\n    pendingRestore\n  }\n": typeof types.BackupsDocument,
    "\n  mutation ScheduleRestore($input: ScheduleRestoreInput!) {\n    scheduleRestore(input: $input) {\n      pendingRestore\n      errors {\n        ... on Error {\n          message\n        }\n      }\n    }\n  }\n": typeof types.ScheduleRestoreDocument,
    "\n  mutation CancelRestore {\n    cancelRestore {\n      pendingRestore\n    }\n  }\n": typeof types.CancelRestoreDocument,
    "\n  mutation CreateBackup {\n    createBackup {\n      backup {\n        fileName\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": typeof types.CreateBackupDocument,
    "\n  mutation CreateCompanionPairing {\n    createCompanionPairing {\n      pairing {\n        code\n        expiresAt\n      }\n    }\n  }\n": typeof types.CreateCompanionPairingDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      scopes\n      secretEnd\n      createdAt\n      expiresAt\n      revokedAt\n      lastUsedAt\n      lastUsedFrom\n      active\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        id\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  fragment ErrorMessage on Error {\n    message\n  }\n": typeof types.ErrorMessageFragmentDoc,
};
const documents: Documents = {
    "\n  fragment AccountHeader on Account {\n    id\n    username\n    fullName\n    profilePicUrl\n    isVerified\n    isPrivate\n    lastCrawledAt\n  }\n": types.AccountHeaderFragmentDoc,
    "\n  fragment AccountRow on Account {\n    ...AccountHeader\n    followerCount\n    followingCount\n    bookmarked\n    timeline {\n      followerCount\n    }\n    trackingLevel\n    recent: counts(from: $countsFrom, every: DAY) {\n      followers\n    }\n    week: growth(days: 7) {\n      absolute\n      percent\n    }\n  }\n": types.AccountRowFragmentDoc,
    "\n  query AccountList($first: Int!, $after: String, $where: AccountFilterInput, $order: [AccountSortInput!], $countsFrom: DateTime) {\n    accounts(first: $first, after: $after, where: $where, order: $order) {\n      totalCount\n      nodes {\n        ...AccountRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AccountListDocument,
    "\n  mutation BookmarkAccount($input: BookmarkAccountInput!) {\n    bookmarkAccount(input: $input) {\n      account {\n        id\n        bookmarked\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": types.BookmarkAccountDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input) {\n      deletedAccountId\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": types.DeleteAccountDocument,
    "\n  query AlertChannels {\n    alertChannels {\n      id\n      name\n      kind\n      enabled\n      mode\n      url\n      preset\n      smtpHost\n      smtpPort\n      smtpSecurity\n      smtpUsername\n      emailFrom\n      emailTo\n      telegramChatId\n      hasSecret\n    }\n  }\n": types.AlertChannelsDocument,
    "\n  mutation AddAlertChannel($input: AddAlertChannelInput!) {\n    addAlertChannel(input: $input) {\n      channel {\n        id\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": types.AddAlertChannelDocument,
    "\n  mutation UpdateAlertChannel($input: UpdateAlertChannelInput!) {\n    updateAlertChannel(input: $input) {\n      channel {\n        id\n        enabled\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": types.UpdateAlertChannelDocument,
    "\n  mutation RemoveAlertChannel($input: RemoveAlertChannelInput!) {\n    removeAlertChannel(input: $input) {\n      removedId\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": types.RemoveAlertChannelDocument,
    "\n  mutation SendTestAlert($input: SendTestAlertInput!) {\n    sendTestAlert(input: $input) {\n      delivery {\n        status\n        lastError\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": types.SendTestAlertDocument,
    "\n  query AlertRules {\n    alertRules {\n      unfollows\n      newFollowersAtLeast\n      followerChangePercent\n      crawlProblems\n    }\n    globalAlertRules {\n      sessionProblems\n      backupFailed\n      diskLowMiB\n      digestHourUtc\n    }\n  }\n": types.AlertRulesDocument,
    "\n  mutation SetAlertRules($rules: SetAlertRulesInput!, $global: SetGlobalAlertRulesInput!) {\n    setAlertRules(input: $rules) {\n      errors {\n        ...ErrorMessage\n      }\n    }\n    setGlobalAlertRules(input: $global) {\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": types.SetAlertRulesDocument,
    "\n  query AlertDeliveries {\n    alertDeliveries(first: 50) {\n      id\n      status\n      title\n      attempts\n      lastError\n      isDigest\n      isTest\n      createdAt\n      sentAt\n      channel {\n        name\n      }\n    }\n  }\n": types.AlertDeliveriesDocument,
    "\n  query Notifications {\n    unreadNotificationCount\n    notifications(first: 30) {\n      id\n      kind\n      title\n      body\n      link\n      createdAt\n      read\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query AccountCounts($username: String!, $from: DateTime, $every: CountInterval!) {\n    account(username: $username) {\n      id\n      trackingLevel\n      counts(from: $from, every: $every) {\n        at\n        followers\n        following\n        posts\n      }\n      week: growth(days: 7) {\n        absolute\n        percent\n      }\n      month: growth(days: 30) {\n        absolute\n        percent\n      }\n      projection(days: 30) {\n        days\n        at\n        followers\n        low\n        high\n        slopePerDay\n      }\n      daysUntilProjection\n      profileEvents(first: 100) {\n        at\n        kind\n        before\n        after\n      }\n    }\n  }\n": types.AccountCountsDocument,
    "\n  query Rankings($by: RankBy!, $first: Int!) {\n    rankings(by: $by, first: $first) {\n      rank\n      followers\n      gain7d\n      gain30d\n      growthPct30d\n      account {\n        id\n        username\n        fullName\n        profilePicUrl\n        trackingLevel\n      }\n    }\n  }\n": types.RankingsDocument,
    "\n  mutation SetTrackingLevel($input: SetTrackingLevelInput!) {\n    setTrackingLevel(input: $input) {\n      account {\n        id\n        trackingLevel\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": types.SetTrackingLevelDocument,
    "\n  mutation ImportCounts($input: ImportCountsInput!) {\n    importCounts(input: $input) {\n      imported\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": types.ImportCountsDocument,
    "\n  mutation WatchAccount($input: AddAccountInput!) {\n    addAccount(input: $input) {\n      account {\n        id\n        username\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": types.WatchAccountDocument,
    "\n  fragment ProgressCounts on CrawlProgress {\n    fetched\n    expected\n    percent\n    rate\n    etaSeconds\n  }\n": types.ProgressCountsFragmentDoc,
    "\n  fragment CrawlFields on Crawl {\n    id\n    target\n    status\n    active\n    lists\n    source\n    createdAt\n    startedAt\n    finishedAt\n    resumesAt\n    error\n    progress {\n      ...ProgressCounts\n    }\n    followersNew\n    followersLost\n    followingNew\n    followingLost\n    followersTotal\n    followingTotal\n    method\n    completeness\n  }\n": types.CrawlFieldsFragmentDoc,
    "\n  query CrawlById($id: ID!) {\n    crawl(id: $id) {\n      ...CrawlFields\n    }\n  }\n": types.CrawlByIdDocument,
    "\n  query CrawlHistory($first: Int!, $after: String) {\n    crawls(first: $first, after: $after, order: [{ createdAt: DESC }]) {\n      totalCount\n      nodes {\n        ...CrawlFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CrawlHistoryDocument,
    "\n  mutation StartCrawl($input: StartCrawlInput!) {\n    startCrawl(input: $input) {\n      crawl {\n        ...CrawlFields\n      }\n      errors {\n        __typename\n        ...ErrorMessage\n        ... on CrawlAlreadyRunningError {\n          crawl {\n            ...CrawlFields\n          }\n        }\n      }\n    }\n  }\n": types.StartCrawlDocument,
    "\n  mutation CancelCrawl($input: CancelCrawlInput!) {\n    cancelCrawl(input: $input) {\n      crawl {\n        ...CrawlFields\n      }\n      errors {\n        __typename\n        ...ErrorMessage\n      }\n    }\n  }\n": types.CancelCrawlDocument,
    "\n  mutation ResumeBrowserCrawl($input: ResumeBrowserCrawlInput!) {\n    resumeBrowserCrawl(input: $input) {\n      crawl {\n        ...CrawlFields\n      }\n      errors {\n        __typename\n        ...ErrorMessage\n      }\n    }\n  }\n": types.ResumeBrowserCrawlDocument,
    "\n  subscription CrawlProgress($crawlId: ID!) {\n    crawlProgress(crawlId: $crawlId) {\n      crawlId\n      status\n      active\n      ...ProgressCounts\n      resumesAt\n      error\n    }\n  }\n": types.CrawlProgressDocument,
    "\n  subscription CrawlEvents {\n    crawlEvents {\n      crawlId\n      target\n      status\n      at\n      error\n    }\n  }\n": types.CrawlEventsDocument,
    "\n  fragment LatestCrawl on Account {\n    latestCrawl: crawls(first: 1, order: [{ createdAt: DESC }]) {\n      nodes {\n        ...CrawlFields\n      }\n    }\n  }\n": types.LatestCrawlFragmentDoc,
    "\n  query Dashboard {\n    dashboard {\n      trackedAccounts\n      totalProfiles\n      totalEdges\n      lastRunAt\n    }\n  }\n": types.DashboardDocument,
    "\n  query Growth($days: Int!) {\n    dashboard {\n      topGrowth(days: $days, first: 5) {\n        account {\n          id\n          username\n        }\n        baseline\n        latest\n        absolute\n        percent\n        points {\n          at\n          followerCount\n        }\n      }\n    }\n  }\n": types.GrowthDocument,
    "\n  query GlobalSearch($text: String!) {\n    search(text: $text, first: 8) {\n      accounts {\n        id\n        username\n        fullName\n        profilePicUrl\n        followerCount\n      }\n      profiles {\n        id\n        pk\n        username\n        fullName\n        profilePicUrl\n        isVerified\n      }\n    }\n  }\n": types.GlobalSearchDocument,
    "\n  query DemoMode {\n    demoMode\n  }\n": types.DemoModeDocument,
    "\n  mutation IgnoreProfiles($input: IgnoreProfilesInput!) {\n    ignoreProfiles(input: $input) {\n      account {\n        id\n      }\n      errors {\n        ... on AccountNotFoundError {\n          message\n        }\n      }\n    }\n  }\n": types.IgnoreProfilesDocument,
    "\n  query IgnoredProfiles($username: String!) {\n    account(username: $username) {\n      id\n      ignoredProfiles {\n        pk\n        username\n        fullName\n        profilePicUrl\n      }\n    }\n  }\n": types.IgnoredProfilesDocument,
    "\n  query AccountOverview($username: String!) {\n    account(username: $username) {\n      ...AccountHeader\n      ...LatestCrawl\n      followers {\n        totalCount\n      }\n      following {\n        totalCount\n      }\n      mutuals {\n        totalCount\n      }\n      fans {\n        totalCount\n      }\n      notFollowingBack {\n        totalCount\n      }\n    }\n  }\n": types.AccountOverviewDocument,
    "\n  fragment FollowerRow on Follower {\n    id\n    pk\n    username\n    fullName\n    profilePicUrl\n    isVerified\n    isPrivate\n    firstSeenAt\n    lostAt\n    followedAt\n    lostReason\n    isNew\n    isLost\n  }\n": types.FollowerRowFragmentDoc,
    "\n  query LostReasonChecks($username: String!) {\n    account(username: $username) {\n      id\n      checkLostReasons\n    }\n  }\n": types.LostReasonChecksDocument,
    "\n  mutation SetLostReasonChecks($input: SetLostReasonChecksInput!) {\n    setLostReasonChecks(input: $input) {\n      account {\n        id\n        checkLostReasons\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": types.SetLostReasonChecksDocument,
    "\n  query FollowerList(\n    $username: String!\n    $first: Int!\n    $after: String\n    $where: FollowerFilterInput\n    $order: [FollowerSortInput!]\n    $followers: Boolean!\n    $following: Boolean!\n    $mutuals: Boolean!\n    $fans: Boolean!\n    $notFollowingBack: Boolean!\n  ) {\n    account(username: $username) {\n      id\n      followers(first: $first, after: $after, where: $where, order: $order) @include(if: $followers) {\n        totalCount\n        nodes {\n          ...FollowerRow\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      following(first: $first, after: $after, where: $where, order: $order) @include(if: $following) {\n        totalCount\n        nodes {\n          ...FollowerRow\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      mutuals(first: $first, after: $after, where: $where, order: $order) @include(if: $mutuals) {\n        totalCount\n        nodes {\n          ...FollowerRow\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      fans(first: $first, after: $after, where: $where, order: $order) @include(if: $fans) {\n        totalCount\n        nodes {\n          ...FollowerRow\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      notFollowingBack(first: $first, after: $after, where: $where, order: $order) @include(if: $notFollowingBack) {\n        totalCount\n        nodes {\n          ...FollowerRow\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.FollowerListDocument,
    "\n  query ExportUrl(\n    $username: String!\n    $view: FollowerView!\n    $format: ExportFormat!\n    $where: FollowerFilterInput\n    $order: [FollowerSortInput!]\n  ) {\n    account(username: $username) {\n      id\n      exportUrl(view: $view, format: $format, where: $where, order: $order)\n    }\n  }\n": types.ExportUrlDocument,
    "\n  query ChangeHistory(\n    $username: String!\n    $list: FollowList!\n    $kind: ChangeKind\n    $from: DateTime\n    $to: DateTime\n    $where: FollowerChangeFilterInput\n    $first: Int!\n    $after: String\n  ) {\n    account(username: $username) {\n      id\n      changes(list: $list, kind: $kind, from: $from, to: $to, where: $where, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          at\n          reviewed\n          pk\n          username\n          fullName\n          profilePicUrl\n          profileUrl\n        }\n      }\n    }\n  }\n": types.ChangeHistoryDocument,
    "\n  mutation MarkChangesReviewed($input: MarkChangesReviewedInput!) {\n    markChangesReviewed(input: $input) {\n      updatedCount\n      errors {\n        ... on AccountNotFoundError {\n          message\n        }\n      }\n    }\n  }\n": types.MarkChangesReviewedDocument,
    "\n  query CompleteCrawls($username: String!) {\n    account(username: $username) {\n      id\n      crawls(first: 200, where: { status: { eq: SUCCEEDED } }, order: [{ createdAt: DESC }]) {\n        nodes {\n          id\n          finishedAt\n          lists\n          followersTotal\n          followingTotal\n        }\n      }\n    }\n  }\n": types.CompleteCrawlsDocument,
    "\n  query CompareCrawls($username: String!, $from: ID!, $to: ID!, $list: FollowList!) {\n    account(username: $username) {\n      id\n      compareCrawls(from: $from, to: $to, list: $list) {\n        from {\n          id\n          finishedAt\n        }\n        to {\n          id\n          finishedAt\n        }\n        joined(first: 500) {\n          totalCount\n          nodes {\n            pk\n            username\n            fullName\n            profilePicUrl\n          }\n        }\n        left(first: 500) {\n          totalCount\n          nodes {\n            pk\n            username\n            fullName\n            profilePicUrl\n          }\n        }\n      }\n    }\n  }\n": types.CompareCrawlsDocument,
    "\n  query AccountInsights($username: String!, $ghostDays: Int) {\n    account(username: $username) {\n      id\n      timeline {\n        crawlId\n        at\n        followerCount\n        followingCount\n        newFollowers\n        lostFollowers\n      }\n      insights {\n        followBack {\n          fans\n          notFollowingBack\n          mutuals\n          newFollowers\n          lostFollowers\n        }\n        ghostCaveat\n        ghostCandidates(first: 50, minAgeDays: $ghostDays) {\n          totalCount\n          nodes {\n            id\n            username\n            fullName\n            profilePicUrl\n            firstSeenAt\n          }\n        }\n      }\n    }\n  }\n": types.AccountInsightsDocument,
    "\n  query Network($accounts: [ID!], $minShared: Int!, $maxNodes: Int!) {\n    network(accounts: $accounts, minShared: $minShared, maxNodes: $maxNodes) {\n      totalNodeCount\n      totalEdgeCount\n      truncated\n      nodes {\n        id\n        isTrackedAccount\n        username\n        fullName\n        profilePicUrl\n        isVerified\n        degree\n      }\n      edges {\n        source\n        target\n        relation\n      }\n    }\n    accounts(first: 100, order: [{ username: ASC }]) {\n      nodes {\n        id\n        username\n      }\n    }\n  }\n": types.NetworkDocument,
    "\n  query ProfileStory($pk: Long, $username: String) {\n    profile(pk: $pk, username: $username) {\n      pk\n      username\n      fullName\n      profilePicUrl\n      isVerified\n      isPrivate\n      profileUrl\n      relations {\n        account {\n          id\n          username\n        }\n        followsAccount\n        followedByAccount\n        mutual\n        followsAccountSince\n        followedByAccountSince\n        steps {\n          list\n          kind\n          at\n        }\n      }\n    }\n  }\n": types.ProfileStoryDocument,
    "\n  query InstagramSession {\n    instagramSession {\n      connected\n      userId\n      status\n      problem\n      blockedUntil\n    }\n  }\n": types.InstagramSessionDocument,
    "\n  query InstagramSessions {\n    instagramSessions {\n      id\n      label\n      proxyHost\n      userId\n      username\n      status\n      problem\n      lastCheckedAt\n      blockedUntil\n      crawls\n      client\n      usesOtherSurfaces\n      pacing {\n        requestsPerMinute\n        requestsPerHour\n        dailyCap\n        usedToday\n        ceilings {\n          requestsPerMinute\n          requestsPerHour\n          dailyCap\n        }\n      }\n    }\n  }\n": types.InstagramSessionsDocument,
    "\n  query InstagramPacing {\n    instagramPacing {\n      requestsPerMinute\n      requestsPerHour\n      dailyCap\n      jitterSeconds\n    }\n  }\n": types.InstagramPacingDocument,
    "\n  mutation SetSessionPacing($input: SetSessionPacingInput!) {\n    setSessionPacing(input: $input) {\n      session {\n        id\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": types.SetSessionPacingDocument,
    "\n  mutation RemoveInstagramSession($input: RemoveInstagramSessionInput!) {\n    removeInstagramSession(input: $input) {\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": types.RemoveInstagramSessionDocument,
    "\n  mutation SetSessionSurfaces($input: SetSessionSurfacesInput!) {\n    setSessionSurfaces(input: $input) {\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": types.SetSessionSurfacesDocument,
    "\n  mutation ImportSession($input: ImportSessionInput!) {\n    importSession(input: $input) {\n      session {\n        connected\n        userId\n        status\n        problem\n      }\n      twoFactor {\n        identifier\n        username\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": types.ImportSessionDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      session {\n        connected\n        userId\n        status\n      }\n      twoFactor {\n        identifier\n        username\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation VerifyTwoFactor($input: VerifyTwoFactorInput!) {\n    verifyTwoFactor(input: $input) {\n      session {\n        connected\n        userId\n        status\n      }\n      twoFactor {\n        identifier\n        username\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": types.VerifyTwoFactorDocument,
    "\n  mutation LogOut {\n    logOut {\n      connected\n      userId\n    }\n  }\n": types.LogOutDocument,
    "\n  query Backups {\n    backups {\n      fileName\n      sizeBytes\n      createdAt\n    }\n    pendingRestore\n  }\n": types.BackupsDocument,
    "\n  mutation ScheduleRestore($input: ScheduleRestoreInput!) {\n    scheduleRestore(input: $input) {\n      pendingRestore\n      errors {\n        ... on Error {\n          message\n        }\n      }\n    }\n  }\n": types.ScheduleRestoreDocument,
    "\n  mutation CancelRestore {\n    cancelRestore {\n      pendingRestore\n    }\n  }\n": types.CancelRestoreDocument,
    "\n  mutation CreateBackup {\n    createBackup {\n      backup {\n        fileName\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": types.CreateBackupDocument,
    "\n  mutation CreateCompanionPairing {\n    createCompanionPairing {\n      pairing {\n        code\n        expiresAt\n      }\n    }\n  }\n": types.CreateCompanionPairingDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      scopes\n      secretEnd\n      createdAt\n      expiresAt\n      revokedAt\n      lastUsedAt\n      lastUsedFrom\n      active\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        id\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  fragment ErrorMessage on Error {\n    message\n  }\n": types.ErrorMessageFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountHeader on Account {\n    id\n    username\n    fullName\n    profilePicUrl\n    isVerified\n    isPrivate\n    lastCrawledAt\n  }\n"): typeof import('./graphql').AccountHeaderFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountRow on Account {\n    ...AccountHeader\n    followerCount\n    followingCount\n    bookmarked\n    timeline {\n      followerCount\n    }\n    trackingLevel\n    recent: counts(from: $countsFrom, every: DAY) {\n      followers\n    }\n    week: growth(days: 7) {\n      absolute\n      percent\n    }\n  }\n"): typeof import('./graphql').AccountRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountList($first: Int!, $after: String, $where: AccountFilterInput, $order: [AccountSortInput!], $countsFrom: DateTime) {\n    accounts(first: $first, after: $after, where: $where, order: $order) {\n      totalCount\n      nodes {\n        ...AccountRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AccountListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookmarkAccount($input: BookmarkAccountInput!) {\n    bookmarkAccount(input: $input) {\n      account {\n        id\n        bookmarked\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n"): typeof import('./graphql').BookmarkAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input) {\n      deletedAccountId\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n"): typeof import('./graphql').DeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertChannels {\n    alertChannels {\n      id\n      name\n      kind\n      enabled\n      mode\n      url\n      preset\n      smtpHost\n      smtpPort\n      smtpSecurity\n      smtpUsername\n      emailFrom\n      emailTo\n      telegramChatId\n      hasSecret\n    }\n  }\n"): typeof import('./graphql').AlertChannelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAlertChannel($input: AddAlertChannelInput!) {\n    addAlertChannel(input: $input) {\n      channel {\n        id\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n"): typeof import('./graphql').AddAlertChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAlertChannel($input: UpdateAlertChannelInput!) {\n    updateAlertChannel(input: $input) {\n      channel {\n        id\n        enabled\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateAlertChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAlertChannel($input: RemoveAlertChannelInput!) {\n    removeAlertChannel(input: $input) {\n      removedId\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n"): typeof import('./graphql').RemoveAlertChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestAlert($input: SendTestAlertInput!) {\n    sendTestAlert(input: $input) {\n      delivery {\n        status\n        lastError\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n"): typeof import('./graphql').SendTestAlertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertRules {\n    alertRules {\n      unfollows\n      newFollowersAtLeast\n      followerChangePercent\n      crawlProblems\n    }\n    globalAlertRules {\n      sessionProblems\n      backupFailed\n      diskLowMiB\n      digestHourUtc\n    }\n  }\n"): typeof import('./graphql').AlertRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAlertRules($rules: SetAlertRulesInput!, $global: SetGlobalAlertRulesInput!) {\n    setAlertRules(input: $rules) {\n      errors {\n        ...ErrorMessage\n      }\n    }\n    setGlobalAlertRules(input: $global) {\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n"): typeof import('./graphql').SetAlertRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertDeliveries {\n    alertDeliveries(first: 50) {\n      id\n      status\n      title\n      attempts\n      lastError\n      isDigest\n      isTest\n      createdAt\n      sentAt\n      channel {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AlertDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications {\n    unreadNotificationCount\n    notifications(first: 30) {\n      id\n      kind\n      title\n      body\n      link\n      createdAt\n      read\n    }\n  }\n"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').UnreadNotificationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n    }\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountCounts($username: String!, $from: DateTime, $every: CountInterval!) {\n    account(username: $username) {\n      id\n      trackingLevel\n      counts(from: $from, every: $every) {\n        at\n        followers\n        following\n        posts\n      }\n      week: growth(days: 7) {\n        absolute\n        percent\n      }\n      month: growth(days: 30) {\n        absolute\n        percent\n      }\n      projection(days: 30) {\n        days\n        at\n        followers\n        low\n        high\n        slopePerDay\n      }\n      daysUntilProjection\n      profileEvents(first: 100) {\n        at\n        kind\n        before\n        after\n      }\n    }\n  }\n"): typeof import('./graphql').AccountCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rankings($by: RankBy!, $first: Int!) {\n    rankings(by: $by, first: $first) {\n      rank\n      followers\n      gain7d\n      gain30d\n      growthPct30d\n      account {\n        id\n        username\n        fullName\n        profilePicUrl\n        trackingLevel\n      }\n    }\n  }\n"): typeof import('./graphql').RankingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTrackingLevel($input: SetTrackingLevelInput!) {\n    setTrackingLevel(input: $input) {\n      account {\n        id\n        trackingLevel\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n"): typeof import('./graphql').SetTrackingLevelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportCounts($input: ImportCountsInput!) {\n    importCounts(input: $input) {\n      imported\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n"): typeof import('./graphql').ImportCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WatchAccount($input: AddAccountInput!) {\n    addAccount(input: $input) {\n      account {\n        id\n        username\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n"): typeof import('./graphql').WatchAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgressCounts on CrawlProgress {\n    fetched\n    expected\n    percent\n    rate\n    etaSeconds\n  }\n"): typeof import('./graphql').ProgressCountsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CrawlFields on Crawl {\n    id\n    target\n    status\n    active\n    lists\n    source\n    createdAt\n    startedAt\n    finishedAt\n    resumesAt\n    error\n    progress {\n      ...ProgressCounts\n    }\n    followersNew\n    followersLost\n    followingNew\n    followingLost\n    followersTotal\n    followingTotal\n    method\n    completeness\n  }\n"): typeof import('./graphql').CrawlFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrawlById($id: ID!) {\n    crawl(id: $id) {\n      ...CrawlFields\n    }\n  }\n"): typeof import('./graphql').CrawlByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrawlHistory($first: Int!, $after: String) {\n    crawls(first: $first, after: $after, order: [{ createdAt: DESC }]) {\n      totalCount\n      nodes {\n        ...CrawlFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').CrawlHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCrawl($input: StartCrawlInput!) {\n    startCrawl(input: $input) {\n      crawl {\n        ...CrawlFields\n      }\n      errors {\n        __typename\n        ...ErrorMessage\n        ... on CrawlAlreadyRunningError {\n          crawl {\n            ...CrawlFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StartCrawlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCrawl($input: CancelCrawlInput!) {\n    cancelCrawl(input: $input) {\n      crawl {\n        ...CrawlFields\n      }\n      errors {\n        __typename\n        ...ErrorMessage\n      }\n    }\n  }\n"): typeof import('./graphql').CancelCrawlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeBrowserCrawl($input: ResumeBrowserCrawlInput!) {\n    resumeBrowserCrawl(input: $input) {\n      crawl {\n        ...CrawlFields\n      }\n      errors {\n        __typename\n        ...ErrorMessage\n      }\n    }\n  }\n"): typeof import('./graphql').ResumeBrowserCrawlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CrawlProgress($crawlId: ID!) {\n    crawlProgress(crawlId: $crawlId) {\n      crawlId\n      status\n      active\n      ...ProgressCounts\n      resumesAt\n      error\n    }\n  }\n"): typeof import('./graphql').CrawlProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CrawlEvents {\n    crawlEvents {\n      crawlId\n      target\n      status\n      at\n      error\n    }\n  }\n"): typeof import('./graphql').CrawlEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LatestCrawl on Account {\n    latestCrawl: crawls(first: 1, order: [{ createdAt: DESC }]) {\n      nodes {\n        ...CrawlFields\n      }\n    }\n  }\n"): typeof import('./graphql').LatestCrawlFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    dashboard {\n      trackedAccounts\n      totalProfiles\n      totalEdges\n      lastRunAt\n    }\n  }\n"): typeof import('./graphql').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Growth($days: Int!) {\n    dashboard {\n      topGrowth(days: $days, first: 5) {\n        account {\n          id\n          username\n        }\n        baseline\n        latest\n        absolute\n        percent\n        points {\n          at\n          followerCount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GrowthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GlobalSearch($text: String!) {\n    search(text: $text, first: 8) {\n      accounts {\n        id\n        username\n        fullName\n        profilePicUrl\n        followerCount\n      }\n      profiles {\n        id\n        pk\n        username\n        fullName\n        profilePicUrl\n        isVerified\n      }\n    }\n  }\n"): typeof import('./graphql').GlobalSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoMode {\n    demoMode\n  }\n"): typeof import('./graphql').DemoModeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IgnoreProfiles($input: IgnoreProfilesInput!) {\n    ignoreProfiles(input: $input) {\n      account {\n        id\n      }\n      errors {\n        ... on AccountNotFoundError {\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IgnoreProfilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IgnoredProfiles($username: String!) {\n    account(username: $username) {\n      id\n      ignoredProfiles {\n        pk\n        username\n        fullName\n        profilePicUrl\n      }\n    }\n  }\n"): typeof import('./graphql').IgnoredProfilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountOverview($username: String!) {\n    account(username: $username) {\n      ...AccountHeader\n      ...LatestCrawl\n      followers {\n        totalCount\n      }\n      following {\n        totalCount\n      }\n      mutuals {\n        totalCount\n      }\n      fans {\n        totalCount\n      }\n      notFollowingBack {\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql').AccountOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowerRow on Follower {\n    id\n    pk\n    username\n    fullName\n    profilePicUrl\n    isVerified\n    isPrivate\n    firstSeenAt\n    lostAt\n    followedAt\n    lostReason\n    isNew\n    isLost\n  }\n"): typeof import('./graphql').FollowerRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LostReasonChecks($username: String!) {\n    account(username: $username) {\n      id\n      checkLostReasons\n    }\n  }\n"): typeof import('./graphql').LostReasonChecksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLostReasonChecks($input: SetLostReasonChecksInput!) {\n    setLostReasonChecks(input: $input) {\n      account {\n        id\n        checkLostReasons\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n"): typeof import('./graphql').SetLostReasonChecksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowerList(\n    $username: String!\n    $first: Int!\n    $after: String\n    $where: FollowerFilterInput\n    $order: [FollowerSortInput!]\n    $followers: Boolean!\n    $following: Boolean!\n    $mutuals: Boolean!\n    $fans: Boolean!\n    $notFollowingBack: Boolean!\n  ) {\n    account(username: $username) {\n      id\n      followers(first: $first, after: $after, where: $where, order: $order) @include(if: $followers) {\n        totalCount\n        nodes {\n          ...FollowerRow\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      following(first: $first, after: $after, where: $where, order: $order) @include(if: $following) {\n        totalCount\n        nodes {\n          ...FollowerRow\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      mutuals(first: $first, after: $after, where: $where, order: $order) @include(if: $mutuals) {\n        totalCount\n        nodes {\n          ...FollowerRow\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      fans(first: $first, after: $after, where: $where, order: $order) @include(if: $fans) {\n        totalCount\n        nodes {\n          ...FollowerRow\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      notFollowingBack(first: $first, after: $after, where: $where, order: $order) @include(if: $notFollowingBack) {\n        totalCount\n        nodes {\n          ...FollowerRow\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FollowerListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportUrl(\n    $username: String!\n    $view: FollowerView!\n    $format: ExportFormat!\n    $where: FollowerFilterInput\n    $order: [FollowerSortInput!]\n  ) {\n    account(username: $username) {\n      id\n      exportUrl(view: $view, format: $format, where: $where, order: $order)\n    }\n  }\n"): typeof import('./graphql').ExportUrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeHistory(\n    $username: String!\n    $list: FollowList!\n    $kind: ChangeKind\n    $from: DateTime\n    $to: DateTime\n    $where: FollowerChangeFilterInput\n    $first: Int!\n    $after: String\n  ) {\n    account(username: $username) {\n      id\n      changes(list: $list, kind: $kind, from: $from, to: $to, where: $where, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          at\n          reviewed\n          pk\n          username\n          fullName\n          profilePicUrl\n          profileUrl\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ChangeHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkChangesReviewed($input: MarkChangesReviewedInput!) {\n    markChangesReviewed(input: $input) {\n      updatedCount\n      errors {\n        ... on AccountNotFoundError {\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MarkChangesReviewedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompleteCrawls($username: String!) {\n    account(username: $username) {\n      id\n      crawls(first: 200, where: { status: { eq: SUCCEEDED } }, order: [{ createdAt: DESC }]) {\n        nodes {\n          id\n          finishedAt\n          lists\n          followersTotal\n          followingTotal\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CompleteCrawlsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareCrawls($username: String!, $from: ID!, $to: ID!, $list: FollowList!) {\n    account(username: $username) {\n      id\n      compareCrawls(from: $from, to: $to, list: $list) {\n        from {\n          id\n          finishedAt\n        }\n        to {\n          id\n          finishedAt\n        }\n        joined(first: 500) {\n          totalCount\n          nodes {\n            pk\n            username\n            fullName\n            profilePicUrl\n          }\n        }\n        left(first: 500) {\n          totalCount\n          nodes {\n            pk\n            username\n            fullName\n            profilePicUrl\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CompareCrawlsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountInsights($username: String!, $ghostDays: Int) {\n    account(username: $username) {\n      id\n      timeline {\n        crawlId\n        at\n        followerCount\n        followingCount\n        newFollowers\n        lostFollowers\n      }\n      insights {\n        followBack {\n          fans\n          notFollowingBack\n          mutuals\n          newFollowers\n          lostFollowers\n        }\n        ghostCaveat\n        ghostCandidates(first: 50, minAgeDays: $ghostDays) {\n          totalCount\n          nodes {\n            id\n            username\n            fullName\n            profilePicUrl\n            firstSeenAt\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AccountInsightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Network($accounts: [ID!], $minShared: Int!, $maxNodes: Int!) {\n    network(accounts: $accounts, minShared: $minShared, maxNodes: $maxNodes) {\n      totalNodeCount\n      totalEdgeCount\n      truncated\n      nodes {\n        id\n        isTrackedAccount\n        username\n        fullName\n        profilePicUrl\n        isVerified\n        degree\n      }\n      edges {\n        source\n        target\n        relation\n      }\n    }\n    accounts(first: 100, order: [{ username: ASC }]) {\n      nodes {\n        id\n        username\n      }\n    }\n  }\n"): typeof import('./graphql').NetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileStory($pk: Long, $username: String) {\n    profile(pk: $pk, username: $username) {\n      pk\n      username\n      fullName\n      profilePicUrl\n      isVerified\n      isPrivate\n      profileUrl\n      relations {\n        account {\n          id\n          username\n        }\n        followsAccount\n        followedByAccount\n        mutual\n        followsAccountSince\n        followedByAccountSince\n        steps {\n          list\n          kind\n          at\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProfileStoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstagramSession {\n    instagramSession {\n      connected\n      userId\n      status\n      problem\n      blockedUntil\n    }\n  }\n"): typeof import('./graphql').InstagramSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstagramSessions {\n    instagramSessions {\n      id\n      label\n      proxyHost\n      userId\n      username\n      status\n      problem\n      lastCheckedAt\n      blockedUntil\n      crawls\n      client\n      usesOtherSurfaces\n      pacing {\n        requestsPerMinute\n        requestsPerHour\n        dailyCap\n        usedToday\n        ceilings {\n          requestsPerMinute\n          requestsPerHour\n          dailyCap\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InstagramSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstagramPacing {\n    instagramPacing {\n      requestsPerMinute\n      requestsPerHour\n      dailyCap\n      jitterSeconds\n    }\n  }\n"): typeof import('./graphql').InstagramPacingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSessionPacing($input: SetSessionPacingInput!) {\n    setSessionPacing(input: $input) {\n      session {\n        id\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n"): typeof import('./graphql').SetSessionPacingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveInstagramSession($input: RemoveInstagramSessionInput!) {\n    removeInstagramSession(input: $input) {\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n"): typeof import('./graphql').RemoveInstagramSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSessionSurfaces($input: SetSessionSurfacesInput!) {\n    setSessionSurfaces(input: $input) {\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n"): typeof import('./graphql').SetSessionSurfacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportSession($input: ImportSessionInput!) {\n    importSession(input: $input) {\n      session {\n        connected\n        userId\n        status\n        problem\n      }\n      twoFactor {\n        identifier\n        username\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n"): typeof import('./graphql').ImportSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      session {\n        connected\n        userId\n        status\n      }\n      twoFactor {\n        identifier\n        username\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n"): typeof import('./graphql').LogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyTwoFactor($input: VerifyTwoFactorInput!) {\n    verifyTwoFactor(input: $input) {\n      session {\n        connected\n        userId\n        status\n      }\n      twoFactor {\n        identifier\n        username\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n"): typeof import('./graphql').VerifyTwoFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut {\n      connected\n      userId\n    }\n  }\n"): typeof import('./graphql').LogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Backups {\n    backups {\n      fileName\n      sizeBytes\n      createdAt\n    }\n    pendingRestore\n  }\n"): typeof import('./graphql').BackupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleRestore($input: ScheduleRestoreInput!) {\n    scheduleRestore(input: $input) {\n      pendingRestore\n      errors {\n        ... on Error {\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ScheduleRestoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRestore {\n    cancelRestore {\n      pendingRestore\n    }\n  }\n"): typeof import('./graphql').CancelRestoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBackup {\n    createBackup {\n      backup {\n        fileName\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n"): typeof import('./graphql').CreateBackupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCompanionPairing {\n    createCompanionPairing {\n      pairing {\n        code\n        expiresAt\n      }\n    }\n  }\n"): typeof import('./graphql').CreateCompanionPairingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      scopes\n      secretEnd\n      createdAt\n      expiresAt\n      revokedAt\n      lastUsedAt\n      lastUsedFrom\n      active\n    }\n  }\n"): typeof import('./graphql').ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        id\n      }\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      errors {\n        ...ErrorMessage\n      }\n    }\n  }\n"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ErrorMessage on Error {\n    message\n  }\n"): typeof import('./graphql').ErrorMessageFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
