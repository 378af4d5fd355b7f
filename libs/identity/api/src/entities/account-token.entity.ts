// Single-use tokens sent by email (verify the address, reset the password), stored hashed, expiring.
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type TokenPurpose = 'VERIFY_EMAIL' | 'RESET_PASSWORD';

@Entity('account_token')
export class AccountTokenEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @Column({ type: 'text' })
  purpose!: TokenPurpose;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  /** Set by the database when the token is issued. */
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
