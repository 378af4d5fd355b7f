// Resolves the session cookie of every HTTP request into req.auth (or nothing).
import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import { type NextFunction, type Response } from 'express';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity-options.js';
import { SessionService } from '../services/session.service.js';
import { type RequestWithAuth } from './auth-context.js';
import { readSessionCookie } from './session-cookie.js';

@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(
    private readonly sessions: SessionService,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  async use(request: RequestWithAuth, _response: Response, next: NextFunction): Promise<void> {
    try {
      const auth = await this.sessions.authenticate(
        readSessionCookie(request.headers.cookie, this.options.production),
      );
      if (auth) request.auth = auth;
      next();
    } catch (error) {
      next(error);
    }
  }
}
