// Plain HTTP probes for orchestrators: liveness (the process answers) and readiness (it can serve).
import { Public } from '@lovecando/identity-access';
import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { type Response } from 'express';
import { ReadinessService } from './readiness.service.js';

@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) response: Response) {
    const report = await this.readiness.check();
    response.status(report.ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: report.ready ? 'ready' : 'not-ready',
      checks: { database: report.database, migrations: report.migrations, shuttingDown: report.shuttingDown },
      checkedAt: report.checkedAt.toISOString(),
    };
  }
}
