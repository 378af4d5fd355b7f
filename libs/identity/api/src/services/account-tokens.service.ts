// Emailed one-time tokens: random, stored hashed, expiring, and consumed atomically so a token works once.
import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { AccountTokenEntity, type TokenPurpose } from '../entities/account-token.entity.js';
import { hashSecret, looksLikeSecret, newSecret } from './secret-token.js';
import { IdentityError } from '../identity.errors.js';

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  VERIFY_EMAIL: 48 * 60 * 60 * 1000,
  RESET_PASSWORD: 60 * 60 * 1000,
};

@Injectable()
export class AccountTokens {
  async issue(manager: EntityManager, memberId: string, purpose: TokenPurpose): Promise<string> {
    const secret = newSecret();
    await manager.insert(AccountTokenEntity, {
      tokenHash: hashSecret(secret),
      memberId,
      purpose,
      expiresAt: new Date(Date.now() + TOKEN_LIFETIME_MS[purpose]),
      usedAt: null,
    });
    return secret;
  }

  /** Whether the token would be accepted now, without using it. */
  async isUsable(manager: EntityManager, secret: string, purpose: TokenPurpose): Promise<boolean> {
    if (!looksLikeSecret(secret)) return false;
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM account_token
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()`,
      [hashSecret(secret), purpose],
    );
    return rows.length > 0;
  }

  /** Ends every outstanding token of this purpose (a reset link must not outlive the password it replaced). */
  async revokeAll(manager: EntityManager, memberId: string, purpose: TokenPurpose): Promise<void> {
    await manager.query(
      `UPDATE account_token SET used_at = now()
        WHERE member_id = $1 AND purpose = $2 AND used_at IS NULL`,
      [memberId, purpose],
    );
  }

  /** The member the token was issued to; the token cannot be used again. */
  async consume(
    manager: EntityManager,
    secret: string,
    purpose: TokenPurpose,
    field: string,
  ): Promise<string> {
    const invalid = new IdentityError(
      'INVALID_TOKEN',
      'This link is invalid, already used or expired.',
      field,
    );
    if (!looksLikeSecret(secret)) throw invalid;
    const [rows]: [{ member_id: string }[], number] = await manager.query(
      `UPDATE account_token SET used_at = now()
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING member_id`,
      [hashSecret(secret), purpose],
    );
    const memberId = rows[0]?.member_id;
    if (!memberId) throw invalid;
    return memberId;
  }
}
