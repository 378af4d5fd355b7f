// Server-side sessions in PostgreSQL: started at sign-in with a new random id, checked on every request
// against the idle (30 min) and absolute (12 h) limits, ended on sign-out, and all ended at once on a
// password change, a reset or a suspension.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { sessionState, type MemberStatus, type Role } from '@lovecando/identity-domain';
import { type Authenticated } from '../auth/auth-context.js';
import { SessionEntity } from '../entities/session.entity.js';
import { hashSecret, looksLikeSecret, newSecret } from './secret-token.js';

// last_seen_at is written at most this often, so reads do not turn every request into a write.
const TOUCH_INTERVAL_MS = 60_000;

interface SessionRow {
  id_hash: string;
  created_at: Date;
  last_seen_at: Date;
  revoked_at: Date | null;
  member_id: string;
  role: Role;
  status: MemberStatus;
}

@Injectable()
export class SessionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Starts a session and returns the secret for the cookie (only its hash is stored). */
  async start(manager: EntityManager, memberId: string, userAgent: string | undefined): Promise<string> {
    const secret = newSecret();
    const now = new Date();
    await manager.insert(SessionEntity, {
      idHash: hashSecret(secret),
      memberId,
      createdAt: now,
      lastSeenAt: now,
      revokedAt: null,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    return secret;
  }

  async authenticate(secret: string | undefined, now = new Date()): Promise<Authenticated | undefined> {
    if (!secret || !looksLikeSecret(secret)) return undefined;
    const idHash = hashSecret(secret);
    const rows = await this.dataSource.query<SessionRow[]>(
      `SELECT s.id_hash, s.created_at, s.last_seen_at, s.revoked_at, m.id AS member_id, m.role, m.status
         FROM session s JOIN member m ON m.id = s.member_id
        WHERE s.id_hash = $1`,
      [idHash],
    );
    const row = rows[0];
    if (!row) return undefined;
    const state = sessionState(
      { createdAt: row.created_at, lastSeenAt: row.last_seen_at, revokedAt: row.revoked_at },
      now,
    );
    if (state !== 'valid') return undefined;
    if (now.getTime() - row.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
      await this.dataSource.query('UPDATE session SET last_seen_at = $2 WHERE id_hash = $1', [idHash, now]);
    }
    return { sessionHash: idHash, actor: { id: row.member_id, role: row.role, status: row.status } };
  }

  async end(sessionHash: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE session SET revoked_at = now() WHERE id_hash = $1 AND revoked_at IS NULL',
      [sessionHash],
    );
  }

  async endAll(manager: EntityManager, memberId: string): Promise<void> {
    await manager.query('UPDATE session SET revoked_at = now() WHERE member_id = $1 AND revoked_at IS NULL', [
      memberId,
    ]);
  }
}
