// The WebSocket side of GraphQL (graphql-ws). A browser opens a socket from any page it visits and sends
// its cookies along, and no CORS preflight stands in the way, so a socket is accepted only from this
// platform's own origin (or from a client that sends no Origin: not a browser). A socket that presents a
// session cookie must present a valid one, and it lives as long as that session (LiveSessions closes it
// when the session ends, on any instance). Every subscription is screened and costed with its variables
// like an HTTP operation.
import { Inject, Injectable } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLError, parse } from 'graphql';
import { type SubscribePayload } from 'graphql-ws';
import { type IncomingMessage } from 'node:http';
import { type Authenticated } from '@lovecando/identity-access';
import {
  type ClosableSocket,
  LiveSessions,
  readSessionCookie,
  SessionService,
} from '@lovecando/identity-api';
import { APP_CONFIG } from '../config/app-config.token.js';
import { type AppConfig } from '../config/config.schema.js';
import { costRefusal } from './operation-cost.js';
import { screenDocument } from './screen-document.js';

export interface SocketExtra {
  request: IncomingMessage;
  socket: ClosableSocket;
}

/** Whether a browser page at `origin` belongs to this platform. */
export function isOwnOrigin(
  origin: string,
  host: string | undefined,
  publicUrl: string | undefined,
): boolean {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (publicUrl && parsed.origin === new URL(publicUrl).origin) return true;
  return host !== undefined && parsed.host === host.toLowerCase();
}

@Injectable()
export class GraphqlSockets {
  private readonly production: boolean;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
    private readonly live: LiveSessions,
    private readonly schemaHost: GraphQLSchemaHost,
  ) {
    this.production = config.NODE_ENV === 'production';
  }

  /** graphql-ws onConnect: false refuses the socket (closed with 4403, never acknowledged). */
  async accept({ request, socket }: SocketExtra): Promise<boolean> {
    const origin = request.headers.origin;
    if (origin !== undefined && !isOwnOrigin(origin, request.headers.host, this.config.PUBLIC_URL))
      return false;
    const cookie = readSessionCookie(request.headers.cookie, this.production);
    if (cookie === undefined) return true;
    const auth = await this.sessions.authenticate(cookie);
    if (!auth) return false;
    await this.live.track(socket, auth);
    return true;
  }

  release({ socket }: SocketExtra): void {
    this.live.untrack(socket);
  }

  /** The context of one subscription: the session is checked again for every operation. */
  async operationContext(extra: SocketExtra | undefined): Promise<{ auth?: Authenticated; ip?: string }> {
    const auth = await this.sessions.authenticate(
      readSessionCookie(extra?.request.headers.cookie, this.production),
    );
    return {
      ...(auth ? { auth } : {}),
      ...(extra?.request.socket.remoteAddress ? { ip: extra.request.socket.remoteAddress } : {}),
    };
  }

  /** graphql-ws onSubscribe: errors refuse the operation before it is validated or run. */
  screen(payload: SubscribePayload): GraphQLError[] | undefined {
    let document;
    try {
      document = parse(payload.query, { maxTokens: this.config.GRAPHQL_MAX_TOKENS });
    } catch {
      return undefined; // graphql-ws parses again and reports the syntax error itself
    }
    const { refusal } = screenDocument(document, { maxSelections: this.config.GRAPHQL_MAX_SELECTIONS });
    if (refusal) return [new GraphQLError(refusal.message, { extensions: { code: refusal.code } })];
    const tooCostly = costRefusal(
      {
        schema: this.schemaHost.schema,
        document,
        operationName: payload.operationName,
        variables: payload.variables,
      },
      this.config.GRAPHQL_MAX_COST,
    );
    return tooCostly ? [tooCostly] : undefined;
  }
}
