// The installation itself: one row that names this LoveCanDo instance. Later features sign snapshots and
// receipts with its id, so two foundations never produce colliding artefacts.
import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateInstance1795957200000 implements MigrationInterface {
  name = 'CreateInstance1795957200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "instance" (
        "singleton" boolean PRIMARY KEY DEFAULT true CHECK ("singleton"),
        "id" uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`INSERT INTO "instance" DEFAULT VALUES`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "instance"`);
  }
}
