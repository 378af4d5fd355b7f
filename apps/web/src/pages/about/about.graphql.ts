// Operations of the about page (platform status and the live server clock). Codegen reads these strings
// to type the results; the operation names are kept so the generated types stay as they are.
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
