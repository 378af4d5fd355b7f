// GraphQL shape of the readiness report.
import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum HealthStatus {
  READY = 'READY',
  NOT_READY = 'NOT_READY',
}
registerEnumType(HealthStatus, { name: 'HealthStatus', description: 'Whether the API can serve requests.' });

@ObjectType({ description: 'Readiness of the API, as the home page and operators see it.' })
export class Health {
  @Field(() => HealthStatus, {
    description: 'READY when the database answers, migrations are applied and the API is not shutting down.',
  })
  status!: HealthStatus;

  @Field({ description: 'The database answers.' })
  database!: boolean;

  @Field({ description: 'Every migration is applied.' })
  migrations!: boolean;

  @Field({ description: 'When these checks ran.' })
  checkedAt!: Date;
}
