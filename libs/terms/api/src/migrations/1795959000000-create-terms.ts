// Versions of the terms of use. A version is immutable (docs/domain/terms.md#immutability): rows can be
// added, never changed or removed, which a trigger enforces for every role. Ordinals count from 1 without
// gaps in practice and are unique, as are content hashes (the same text cannot be published twice).
import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateTerms1795959000000 implements MigrationInterface {
  name = 'CreateTerms1795959000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "terms_version" (
        "ordinal" integer PRIMARY KEY CHECK ("ordinal" >= 1),
        "hash" text NOT NULL CONSTRAINT "terms_version_hash_key" UNIQUE CHECK ("hash" ~ '^[0-9a-f]{64}$'),
        "articles" jsonb NOT NULL CHECK (jsonb_typeof("articles") = 'array' AND jsonb_array_length("articles") >= 1),
        "published_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE FUNCTION "refuse_immutable_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% rows are immutable', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "terms_version_immutable" BEFORE UPDATE OR DELETE OR TRUNCATE ON "terms_version"
        FOR EACH STATEMENT EXECUTE FUNCTION "refuse_immutable_change"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "terms_version_immutable" ON "terms_version"`);
    await queryRunner.query(`DROP FUNCTION "refuse_immutable_change"()`);
    await queryRunner.query(`DROP TABLE "terms_version"`);
  }
}
