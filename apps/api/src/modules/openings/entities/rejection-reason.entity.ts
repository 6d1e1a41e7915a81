import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The editable list of reasons an application can be rejected with; deactivated reasons stay for old rejections. */
@Entity('rejection_reason')
export class RejectionReasonEntity {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  key: string;

  @Column({ type: 'varchar', length: 120 })
  label: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'smallint', default: 0 })
  position: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
