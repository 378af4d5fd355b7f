// The WebSocket connections of signed-in sessions on this instance. A connection lives as long as its
// session: when the session ends (sign-out, password change or reset, suspension), on this instance or
// on another, the signal closes the connection at once, so no subscription keeps sending the member's
// data afterwards. A periodic check also closes the connections of sessions that merely expired, and
// one runs after the signal connection was re-established, in case a signal was missed meanwhile.
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { type Authenticated } from '@lovecando/identity-access';
import { PgNotifications } from '@lovecando/shared-server';
import { SESSION_ENDED, SessionService, type SessionEnded } from '../services/session.service.js';

/** What this service needs of a WebSocket (the ws library's socket has it). */
export interface ClosableSocket {
  close(code?: number, reason?: string): void;
}

/** Close code of a connection whose session ended (graphql-ws reserves 4400–4499 for such reasons). */
export const SESSION_ENDED_CLOSE_CODE = 4401;
const CHECK_INTERVAL_MS = 30_000;

interface LiveConnection {
  sessionHash: string;
  memberId: string;
}

@Injectable()
export class LiveSessions implements OnApplicationShutdown {
  private readonly logger = new Logger('LiveSessions');
  private readonly connections = new Map<ClosableSocket, LiveConnection>();
  private listening: Promise<unknown> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly notifications: PgNotifications,
    private readonly sessions: SessionService,
  ) {}

  /** Follows the socket's session; resolves once the signal of its end can be received. */
  async track(socket: ClosableSocket, auth: Authenticated): Promise<void> {
    this.connections.set(socket, { sessionHash: auth.sessionHash, memberId: auth.actor.id });
    this.listening ??= this.notifications.listen(SESSION_ENDED, {
      onNotification: (payload) => this.closeEnded(payload as SessionEnded),
      onResubscribed: () => void this.closeExpired(),
    });
    this.timer ??= setInterval(() => void this.closeExpired(), CHECK_INTERVAL_MS).unref();
    await this.listening;
  }

  untrack(socket: ClosableSocket): void {
    this.connections.delete(socket);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private closeEnded(ended: SessionEnded): void {
    for (const [socket, connection] of this.connections) {
      const matches =
        'sessionHash' in ended
          ? connection.sessionHash === ended.sessionHash
          : connection.memberId === ended.memberId;
      if (matches) this.close(socket);
    }
  }

  private async closeExpired(): Promise<void> {
    const hashes = [...new Set([...this.connections.values()].map((connection) => connection.sessionHash))];
    try {
      const valid = await this.sessions.stillValid(hashes);
      for (const [socket, connection] of this.connections) {
        if (!valid.has(connection.sessionHash)) this.close(socket);
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'could not check the sessions of live connections');
    }
  }

  private close(socket: ClosableSocket): void {
    this.connections.delete(socket);
    socket.close(SESSION_ENDED_CLOSE_CODE, 'Session ended');
  }
}
