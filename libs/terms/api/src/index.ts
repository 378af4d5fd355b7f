// The terms scope's server module: stored, immutable versions of the terms of use, readable by anyone.
export { termsApiFeature } from './feature.js';
export { TermsModule } from './terms.module.js';
export { termsEntities } from './entities/terms-version.entity.js';
export { TermsStore, publishFirstTerms } from './services/terms-store.service.js';
export { termsErrors, TermsError, type TermsErrorCode } from './terms.errors.js';
