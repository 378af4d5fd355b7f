// One stored version of the terms of use: its ordinal, the hash of its articles and the articles as the
// domain wrote them (ids, titles, Markdown bodies, summaries; numbers follow from the order). Rows are
// immutable: the database refuses updates and deletes.
import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import { type ArticleDraft } from '@lovecando/terms-domain';

@Entity('terms_version')
// The same text cannot be published twice (constraint named as in the migration).
@Unique('terms_version_hash_key', ['hash'])
export class TermsVersionEntity {
  @PrimaryColumn({ type: 'integer' })
  ordinal!: number;

  @Column({ type: 'text' })
  hash!: string;

  @Column({ type: 'jsonb' })
  articles!: ArticleDraft[];

  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' })
  publishedAt!: Date;
}

export const termsEntities = [TermsVersionEntity];
