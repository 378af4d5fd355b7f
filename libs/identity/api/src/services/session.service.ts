// Server-side sessions in PostgreSQL: started at sign-in with a new random id, checked on every request
// against the idle (30 min) and absolute (12 h) limits, ended on sign-out, and all ended at once on a
// password change, a reset or a suspension. Every end is signalled to all instances (SESSION_ENDED), in
// the same transaction, so live WebSocket connections of that session close at once wherever they are.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PgNotifications } from '@lovecando/shared-server';
import { sessionState, type MemberStatus, type Role } from '@lovecando/identity-domain';
import { type Authenticated } from '@lovecando/identity-access';
import { SessionEntity } from '../entities/session.entity.js';
import { hashSecret, looksLikeSecret, newSecret } from './secret-token.js';

// last_seen_at is written at most this often, so reads do not turn every request into a write.
const TOUCH_INTERVAL_MS = 60_000;

/** Channel and payloads of the signal sent when sessions end. */
export const SESSION_ENDED = 'session_ended';
export type SessionEnded = { sessionHash: string } | { memberId: string };

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
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: PgNotifications,
  ) {}

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

  /** Of these sessions, the ones still valid now (live connections are checked against it). */
  async stillValid(sessionHashes: readonly string[], now = new Date()): Promise<Set<string>> {
    if (sessionHashes.length === 0) return new Set();
    const rows = await this.dataSource.query<
      Pick<SessionRow, 'id_hash' | 'created_at' | 'last_seen_at' | 'revoked_at'>[]
    >(
      `SELECT s.id_hash, s.created_at, s.last_seen_at, s.revoked_at
         FROM session s JOIN member m ON m.id = s.member_id
        WHERE s.id_hash = ANY($1)`,
      [sessionHashes],
    );
    const valid = rows.filter(
      (row) =>
        sessionState(
          { createdAt: row.created_at, lastSeenAt: row.last_seen_at, revokedAt: row.revoked_at },
          now,
        ) === 'valid',
    );
    return new Set(valid.map((row) => row.id_hash));
  }

  /** Sign-out: ends this session. */
  async end(sessionHash: string): Promise<void> {
    await this.dataSource.transaction((manager) => this.endOne(manager, sessionHash));
  }

  async endOne(manager: EntityManager, sessionHash: string): Promise<void> {
    await manager.query('UPDATE session SET revoked_at = now() WHERE id_hash = $1 AND revoked_at IS NULL', [
      sessionHash,
    ]);
    await this.notifications.notify(manager, SESSION_ENDED, { sessionHash } satisfies SessionEnded);
  }

  async endAll(manager: EntityManager, memberId: string): Promise<void> {
    await manager.query('UPDATE session SET revoked_at = now() WHERE member_id = $1 AND revoked_at IS NULL', [
      memberId,
    ]);
    await this.notifications.notify(manager, SESSION_ENDED, { memberId } satisfies SessionEnded);
  }
}
