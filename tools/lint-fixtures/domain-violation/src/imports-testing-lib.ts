// Fixture: a domain library depending on a test-support library, which its tag does not allow.
import { createTestDatabase } from '@lovecando/shared-testing';

export const leak = createTestDatabase;
