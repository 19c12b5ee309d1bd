import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { GenerationWeights } from '@bemanna/shared';
import { DepartmentEntity } from '../departments/department.entity';

/**
 * How much each soft term of the department's generated rosters weighs. No row: the defaults.
 * Stored as one document so that a weight added later reads as its default in older rows.
 */
@Entity('department_generation_weights')
export class DepartmentGenerationWeightsEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_department_generation_weights' })
  departmentId!: string;

  @OneToOne(() => DepartmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_department_generation_weights_department' })
  department?: DepartmentEntity;

  @Column('uuid')
  organisationId!: string;

  @Column('jsonb')
  weights!: Partial<GenerationWeights>;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column('uuid')
  updatedByUserId!: string;

  @VersionColumn()
  version!: number;
}
