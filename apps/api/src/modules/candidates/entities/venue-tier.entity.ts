import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** Venue → tier (1 best). Configurable, because which venues are "top" is a team's call. */
@Entity('venue_tier')
@Check('ck_venue_tier_tier', `"tier" BETWEEN 1 AND 3`)
export class VenueTierEntity {
  /** Canonical short name as imports write it into paper.venue ("NeurIPS", "ICML"). */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  venue: string;

  @Column({ type: 'smallint' })
  tier: number;

  @Column({ name: 'full_name', type: 'varchar', length: 300 })
  fullName: string;
}
