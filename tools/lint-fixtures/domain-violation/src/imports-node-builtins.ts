// Fixture: a domain library reaching the platform, with and without the node: prefix. Lint must reject each.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'path';

export const leaks = [readFileSync, createHash, join];
