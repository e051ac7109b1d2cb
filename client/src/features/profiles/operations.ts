import { graphql } from "@/gql";

export const ProfileStoryQuery = graphql(`
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
`);
