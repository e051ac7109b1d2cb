import { graphql } from "@/gql";

export const InstagramSessionQuery = graphql(`
  query InstagramSession {
    instagramSession {
      connected
      userId
    }
  }
`);

export const ImportSessionMutation = graphql(`
  mutation ImportSession($input: ImportSessionInput!) {
    importSession(input: $input) {
      session {
        connected
        userId
      }
      twoFactor {
        identifier
        username
      }
      errors {
        ... on Error {
          message
        }
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
      }
      twoFactor {
        identifier
        username
      }
      errors {
        ... on Error {
          message
        }
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
      }
      twoFactor {
        identifier
        username
      }
      errors {
        ... on Error {
          message
        }
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
  }
`);

export const CreateBackupMutation = graphql(`
  mutation CreateBackup {
    createBackup {
      backup {
        fileName
      }
      errors {
        ... on Error {
          message
        }
      }
    }
  }
`);
