// What the instance is, and a heartbeat subscription that proves the live channel end to end.
import { Public } from '@lovecando/identity-access';
import { repeatEvery } from '@lovecando/shared-util';
import { Inject } from '@nestjs/common';
import { Query, Resolver, Subscription } from '@nestjs/graphql';
import { APP_CONFIG } from '../config/app-config.token.js';
import { type AppConfig } from '../config/config.schema.js';
import { About } from './about.model.js';
import { readAppVersion } from './app-version.js';

const TICK_MS = 1000;

@Resolver()
export class SystemResolver {
  private readonly about: About;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.about = {
      name: 'LoveCanDo',
      version: readAppVersion(),
      environment: config.NODE_ENV,
      startedAt: new Date(),
    };
  }

  @Public()
  @Query(() => About, { name: 'about', description: 'What this instance is.' })
  getAbout(): About {
    return this.about;
  }

  @Public()
  @Subscription(() => Date, {
    description: "The server's clock, once a second: shows that the live channel works.",
  })
  serverTime(): AsyncIterableIterator<{ serverTime: Date }> {
    return repeatEvery(TICK_MS, () => ({ serverTime: new Date() }));
  }
}
