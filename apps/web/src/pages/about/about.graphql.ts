// Operations of the home page. Codegen reads these strings to type the results.
import { graphql } from '@lovecando/shared-web-data';

export const HomeStatusQuery = graphql(`
  query HomeStatus {
    about {
      name
      version
      environment
      startedAt
    }
    health {
      status
      database
      migrations
      checkedAt
    }
  }
`);

export const ServerTimeSubscription = graphql(`
  subscription ServerTime {
    serverTime
  }
`);
