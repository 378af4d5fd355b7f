// Signals between instances through PostgreSQL LISTEN/NOTIFY, so that something that happens on one
// instance (a session ended, a policy published) reaches every instance at once, and the database every
// instance already shares is all it takes. A notification sent in a transaction is delivered when that
// transaction commits, and never if it rolls back. One dedicated connection listens; when it drops it
// reconnects with backoff and tells the listeners, which resynchronise because they may have missed
// signals in between.
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import { type DataSource, type EntityManager } from 'typeorm';

export interface ChannelListener {
  /** A payload sent on the channel (JSON text, parsed). */
  onNotification(payload: unknown): void;
  /** The listening connection was re-established: signals may have been missed. */
  onResubscribed?(): void;
}

const CHANNEL = /^[a-z][a-z0-9_]{0,62}$/;
const MAX_BACKOFF_MS = 10_000;

@Injectable()
export class PgNotifications implements OnApplicationShutdown {
  private readonly logger = new Logger('Notifications');
  private readonly listeners = new Map<string, Set<ChannelListener>>();
  private client: pg.Client | undefined;
  private connecting: Promise<void> | undefined;
  private stopped = false;
  private failures = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Sends a signal as part of the caller's transaction (or at once without one). */
  async notify(manager: EntityManager, channel: string, payload: object): Promise<void> {
    assertChannel(channel);
    await manager.query('SELECT pg_notify($1, $2)', [channel, JSON.stringify(payload)]);
  }

  /** Starts listening (on first use) and returns a function that stops this listener. */
  async listen(channel: string, listener: ChannelListener): Promise<() => void> {
    assertChannel(channel);
    const known = this.listeners.get(channel);
    const set = known ?? new Set<ChannelListener>();
    set.add(listener);
    if (!known) {
      this.listeners.set(channel, set);
      if (this.client) await this.client.query(`LISTEN ${channel}`);
    }
    await this.connect();
    return () => void set.delete(listener);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private connect(): Promise<void> {
    if (this.client || this.stopped) return Promise.resolve();
    this.connecting ??= this.open().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  private async open(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    const client = new pg.Client({ connectionString: url, application_name: 'lovecando-listen' });
    client.on('notification', ({ channel, payload }) => this.deliver(channel, payload));
    client.on('error', (error) => this.logger.warn({ err: error }, 'listening connection failed'));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      for (const channel of this.listeners.keys()) await client.query(`LISTEN ${channel}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      this.logger.warn({ err: error }, 'could not listen for notifications; retrying');
      this.retryLater();
      return;
    }
    const resubscribed = this.failures > 0;
    this.failures = 0;
    this.client = client;
    if (resubscribed) {
      this.logger.log('listening for notifications again');
      for (const set of this.listeners.values()) for (const listener of set) listener.onResubscribed?.();
    }
  }

  private lost(client: pg.Client): void {
    if (this.client !== client || this.stopped) return;
    this.client = undefined;
    this.retryLater();
  }

  private retryLater(): void {
    if (this.stopped) return;
    this.failures += 1;
    const delay = Math.min(MAX_BACKOFF_MS, 100 * 2 ** this.failures);
    setTimeout(() => void this.connect(), delay).unref();
  }

  private deliver(channel: string, payload: string | undefined): void {
    const set = this.listeners.get(channel);
    if (!set) return;
    let parsed: unknown;
    try {
      parsed = payload === undefined ? undefined : JSON.parse(payload);
    } catch {
      this.logger.warn({ channel }, 'ignored a notification that is not JSON');
      return;
    }
    for (const listener of set) {
      try {
        listener.onNotification(parsed);
      } catch (error) {
        this.logger.error({ err: error, channel }, 'notification listener failed');
      }
    }
  }
}

function assertChannel(channel: string): void {
  if (!CHANNEL.test(channel)) throw new Error(`invalid channel name ${channel}`);
}
