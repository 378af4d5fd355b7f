// Row → GraphQL shape.
import { type MemberEntity } from '../entities/member.entity.js';
import { type Member } from '../models/member.model.js';

export function toMember(row: MemberEntity): Member {
  return {
    id: row.id,
    displayName: row.displayName,
    role: row.role,
    status: row.status,
    locale: row.locale,
    createdAt: row.createdAt,
    email: row.email,
    emailVerifiedAt: row.emailVerifiedAt,
    suspendedReason: row.suspendedReason,
  };
}
