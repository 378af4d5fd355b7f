// Operations of the terms-of-use page. Codegen reads these strings to type the results. Only what the
// page shows is asked for: the word, sentence and syllable counts behind each score stay on the server.
import { graphql } from '@lovecando/shared-web-data';

/** A reading-ease score and its level, in both languages: the page shows the one of the interface. */
export const LocalizedReadabilityFieldsFragment = graphql(`
  fragment LocalizedReadabilityFields on LocalizedReadability {
    fr {
      score
      band
    }
    en {
      score
      band
    }
  }
`);

export const TermsOfUseQuery = graphql(`
  query TermsOfUse {
    termsOfUse {
      ordinal
      hash
      publishedAt
      readability {
        ...LocalizedReadabilityFields
      }
      articles {
        id
        number
        title {
          fr
          en
        }
        summary {
          fr
          en
        }
        body {
          fr
          en
        }
        bodyReadability {
          ...LocalizedReadabilityFields
        }
      }
    }
  }
`);
