// Resolves the session cookie of every GraphQL request into req.auth (or nothing). When the database
// cannot be reached the request cannot be authenticated: it is answered as a GraphQL error coded
// SERVICE_UNAVAILABLE (503) rather than with a bare 500, so clients can tell "try again later" apart.
import { Inject, Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import { type NextFunction, type Response } from 'express';
import { type RequestWithAuth } from '@lovecando/identity-access';
import { classifyDatabaseError } from '@lovecando/shared-server';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity-options.js';
import { SessionService } from '../services/session.service.js';
import { readSessionCookie } from './session-cookie.js';

@Injectable()
export class SessionMiddleware implements NestMiddleware {
  private readonly logger = new Logger('Sessions');

  constructor(
    private readonly sessions: SessionService,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  async use(request: RequestWithAuth, response: Response, next: NextFunction): Promise<void> {
    let auth;
    try {
      auth = await this.sessions.authenticate(
        readSessionCookie(request.headers.cookie, this.options.production),
      );
    } catch (error) {
      if (classifyDatabaseError(error) !== 'unavailable') return next(error);
      this.logger.warn({ err: error }, 'could not check a session: the database is unavailable');
      response.status(503).json({
        errors: [
          {
            message: 'The service is temporarily unavailable; please try again in a moment.',
            extensions: { code: 'SERVICE_UNAVAILABLE' },
          },
        ],
      });
      return;
    }
    if (auth) request.auth = auth;
    next();
  }
}
