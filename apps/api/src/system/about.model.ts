// GraphQL shape of what this instance is.
import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What this LoveCanDo instance is and which version of the API it runs.' })
export class About {
  @Field({ description: 'Name of the platform.' })
  name!: string;

  @Field({ description: 'Version of the running API.' })
  version!: string;

  @Field({ description: 'NODE_ENV of the running API: development, test or production.' })
  environment!: string;

  @Field({ description: 'When this API process started.' })
  startedAt!: Date;
}
