// Fixture: the pure packages a domain library may use. Lint must accept them.
import { sha256 } from '@noble/hashes/sha2.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import canonicalize from 'canonicalize';
import { diffWords } from 'diff';
import MarkdownIt from 'markdown-it';
import { v7 } from 'uuid';

export const pure = [sha256, ed25519, canonicalize, diffWords, MarkdownIt, v7];
