import { graphql } from "@/gql";

export const ProfileStoryQuery = graphql(`
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
`);
