import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Sign-in attempts, kept for throttling (per account and per address) across restarts and instances. */
@Entity('sign_in_attempt')
@Index('ix_sign_in_attempt_email_at', ['email', 'at'])
@Index('ix_sign_in_attempt_ip_at', ['ip', 'at'])
export class SignInAttemptEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 64 })
  ip: string;

  @Column({ type: 'boolean' })
  succeeded: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
