// Fixture: an untagged library importing a shared one. Lint must reject it: no tags, no dependencies.
import { CodedError } from '@lovecando/shared-util';

export const leak = CodedError;
