import { graphql } from "@/gql";

export const AlertChannelsQuery = graphql(`
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
`);

export const AddAlertChannelMutation = graphql(`
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
`);

export const UpdateAlertChannelMutation = graphql(`
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
`);

export const RemoveAlertChannelMutation = graphql(`
  mutation RemoveAlertChannel($input: RemoveAlertChannelInput!) {
    removeAlertChannel(input: $input) {
      removedId
      errors {
        ...ErrorMessage
      }
    }
  }
`);

export const SendTestAlertMutation = graphql(`
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
`);

export const AlertRulesQuery = graphql(`
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
`);

export const SetAlertRulesMutation = graphql(`
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
`);

export const AlertDeliveriesQuery = graphql(`
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
`);

export const NotificationsQuery = graphql(`
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
`);

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      unreadCount
    }
  }
`);
