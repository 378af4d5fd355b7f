// A member's account row. Email uniqueness is enforced by the database on the normalised address.
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { type MemberStatus, type Role } from '@lovecando/identity-domain';
import { type Language } from '@lovecando/shared-util';

@Entity('member')
export class MemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'email_normalized', type: 'text', unique: true })
  emailNormalized!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ type: 'text' })
  locale!: Language;

  @Column({ type: 'text', default: 'MEMBER' })
  role!: Role;

  @Column({ type: 'text', default: 'PENDING' })
  status!: MemberStatus;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  @Column({ name: 'suspended_reason', type: 'text', nullable: true })
  suspendedReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
