// Serves the built web app on the API's port (one process, one URL), with the SPA fallback to index.html.
// Hashed assets are cached for a year; index.html is always revalidated so a deploy shows at once.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type DynamicModule } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { type Response } from 'express';

export function webAppModule(webDistDir: string): DynamicModule | undefined {
  const rootPath = resolve(webDistDir);
  if (!existsSync(resolve(rootPath, 'index.html'))) return undefined;
  return ServeStaticModule.forRoot({
    rootPath,
    exclude: ['/graphql{*path}', '/health{*path}'],
    serveStaticOptions: {
      setHeaders: (response: Response, path: string) => {
        const hashed = path.includes(`${rootPath}/assets/`);
        response.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    },
  });
}
