// Fixture: importing a library that carries no scope or type tag. Lint must reject it.
import { untagged } from '@lovecando/lint-fixture-untagged';

export const leak = untagged;
