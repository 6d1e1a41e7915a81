import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('competency')
export class CompetencyEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  key: string;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'smallint' })
  position: number;
}
