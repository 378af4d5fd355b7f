// The GraphQL shapes of the terms of use: readable by anyone, in both languages, with the readability of
// every text next to it (docs/domain/terms.md#readability).
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalizedTextModel } from '@lovecando/shared-server';

export enum ReadabilityBand {
  VERY_EASY = 'VERY_EASY',
  EASY = 'EASY',
  FAIRLY_EASY = 'FAIRLY_EASY',
  STANDARD = 'STANDARD',
  FAIRLY_DIFFICULT = 'FAIRLY_DIFFICULT',
  DIFFICULT = 'DIFFICULT',
  VERY_DIFFICULT = 'VERY_DIFFICULT',
}
registerEnumType(ReadabilityBand, {
  name: 'ReadabilityBand',
  description:
    "Flesch's levels: ≥ 90 very easy, ≥ 80 easy, ≥ 70 fairly easy, ≥ 60 standard, ≥ 50 fairly difficult, ≥ 30 difficult.",
});

@ObjectType({
  description:
    'Reading ease of a text: Flesch (English) or Kandel–Moles (French), higher is easier; null for an empty text.',
})
export class Readability {
  @Field(() => Float, { nullable: true })
  score!: number | null;

  @Field(() => ReadabilityBand, { nullable: true })
  band!: ReadabilityBand | null;

  @Field(() => Int)
  words!: number;

  @Field(() => Int)
  sentences!: number;

  @Field(() => Int)
  syllables!: number;
}

@ObjectType({ description: 'Readability of one text in each language.' })
export class LocalizedReadability {
  @Field(() => Readability)
  fr!: Readability;

  @Field(() => Readability)
  en!: Readability;
}

@ObjectType({ description: 'One article of the terms of use.' })
export class TermsArticle {
  @Field(() => ID, { description: 'Stable across versions, e.g. "membership".' })
  id!: string;

  @Field(() => Int, { description: 'Position in this version, from 1.' })
  number!: number;

  @Field(() => LocalizedTextModel)
  title!: LocalizedTextModel;

  @Field(() => LocalizedTextModel, { description: 'Markdown without raw HTML.' })
  body!: LocalizedTextModel;

  @Field(() => LocalizedTextModel, { description: 'What the article means for a member, in plain words.' })
  summary!: LocalizedTextModel;

  @Field(() => LocalizedReadability, { description: 'Readability of the body.' })
  bodyReadability!: LocalizedReadability;

  @Field(() => LocalizedReadability, { description: 'Readability of the summary.' })
  summaryReadability!: LocalizedReadability;
}

@ObjectType({ description: 'An immutable version of the terms of use.' })
export class TermsVersion {
  @Field(() => Int, { description: '1 for the first terms, then one more for each adopted amendment.' })
  ordinal!: number;

  @Field({ description: 'SHA-256 (hex) of the canonical JSON of the articles, in order.' })
  hash!: string;

  @Field()
  publishedAt!: Date;

  @Field(() => [TermsArticle])
  articles!: TermsArticle[];

  @Field(() => LocalizedReadability, { description: 'Over all article bodies.' })
  readability!: LocalizedReadability;
}
