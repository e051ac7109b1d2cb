import { graphql } from "@/gql";

export const InstagramSessionQuery = graphql(`
  query InstagramSession {
    instagramSession {
      connected
      userId
      status
      problem
      blockedUntil
    }
  }
`);

export const InstagramSessionsQuery = graphql(`
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
`);

export const InstagramPacingQuery = graphql(`
  query InstagramPacing {
    instagramPacing {
      requestsPerMinute
      requestsPerHour
      dailyCap
      jitterSeconds
    }
  }
`);

export const SetSessionPacingMutation = graphql(`
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
`);

export const RemoveInstagramSessionMutation = graphql(`
  mutation RemoveInstagramSession($input: RemoveInstagramSessionInput!) {
    removeInstagramSession(input: $input) {
      errors {
        ...ErrorMessage
      }
    }
  }
`);

export const SetSessionSurfacesMutation = graphql(`
  mutation SetSessionSurfaces($input: SetSessionSurfacesInput!) {
    setSessionSurfaces(input: $input) {
      errors {
        ...ErrorMessage
      }
    }
  }
`);

export const ImportSessionMutation = graphql(`
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
`);

export const LogInMutation = graphql(`
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
`);

export const VerifyTwoFactorMutation = graphql(`
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
`);

export const LogOutMutation = graphql(`
  mutation LogOut {
    logOut {
      connected
      userId
    }
  }
`);

export const BackupsQuery = graphql(`
  query Backups {
    backups {
      fileName
      sizeBytes
      createdAt
    }
    pendingRestore
  }
`);

export const ScheduleRestoreMutation = graphql(`
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
`);

export const CancelRestoreMutation = graphql(`
  mutation CancelRestore {
    cancelRestore {
      pendingRestore
    }
  }
`);

export const CreateBackupMutation = graphql(`
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
`);

export const CreateCompanionPairingMutation = graphql(`
  mutation CreateCompanionPairing {
    createCompanionPairing {
      pairing {
        code
        expiresAt
      }
    }
  }
`);
