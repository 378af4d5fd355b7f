// Fixture: an API library of one scope importing another scope's domain library directly. Lint must reject it:
// the types another scope shows are re-exported by its contract.
import { denial } from '@lovecando/identity-domain';

export const leak = denial;
