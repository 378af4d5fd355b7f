// Liveness and readiness, over HTTP and GraphQL.
import { Module } from '@nestjs/common';
import { HealthController } from './health.controller.js';
import { HealthResolver } from './health.resolver.js';
import { ReadinessService } from './readiness.service.js';

@Module({
  controllers: [HealthController],
  providers: [ReadinessService, HealthResolver],
  exports: [ReadinessService],
})
export class HealthModule {}
