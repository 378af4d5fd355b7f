// Exposes readiness to GraphQL clients (the home page shows it).
import { Public } from '@lovecando/identity-access';
import { Query, Resolver } from '@nestjs/graphql';
import { Health, HealthStatus } from './health.model.js';
import { ReadinessService } from './readiness.service.js';

@Resolver(() => Health)
export class HealthResolver {
  constructor(private readonly readiness: ReadinessService) {}

  @Public()
  @Query(() => Health, { description: 'Readiness checks, the same as GET /health/ready.' })
  async health(): Promise<Health> {
    const report = await this.readiness.check();
    return {
      status: report.ready ? HealthStatus.READY : HealthStatus.NOT_READY,
      database: report.database,
      migrations: report.migrations,
      checkedAt: report.checkedAt,
    };
  }
}
