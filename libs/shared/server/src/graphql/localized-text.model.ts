// The GraphQL shape of a text in every language, shared by every scope so the schema has one
// `LocalizedText` type (terms articles, error meanings, and later clauses and notices).
import { Field, ObjectType } from '@nestjs/graphql';
import { type LocalizedText } from '@lovecando/shared-util';

@ObjectType('LocalizedText', { description: 'A text in French and English.' })
export class LocalizedTextModel implements LocalizedText {
  @Field()
  fr!: string;

  @Field()
  en!: string;
}
