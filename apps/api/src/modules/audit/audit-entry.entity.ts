import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only audit log. Each row's hash covers its content and the previous
 * row's hash, so editing, deleting or reordering rows breaks the chain; a
 * trigger (see the migration) also refuses UPDATE, DELETE and TRUNCATE.
 */
@Entity('audit_log')
@Index('ix_audit_log_entity', ['entityType', 'entityId'])
@Index('ix_audit_log_actor', ['actorId'])
@Index('ix_audit_log_action', ['action'])
@Index('ix_audit_log_at', ['at'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_email', type: 'varchar', length: 320, nullable: true })
  actorEmail: string | null;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 40 })
  entityType: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 64, nullable: true })
  entityId: string | null;

  @Column({ type: 'jsonb' })
  // `any` rather than `unknown`: TypeORM's insert typing cannot take unknown jsonb values.
  changes: Record<string, any>;

  @Column({ name: 'request_id', type: 'varchar', length: 128, nullable: true })
  requestId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;
}
