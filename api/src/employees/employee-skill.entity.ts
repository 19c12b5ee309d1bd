import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SkillEntity } from '../skills/skill.entity';
import { EmployeeEntity } from './employee.entity';

/** An employee holds a skill. Carries the organisation id like every tenant table. */
@Entity('employee_skills')
export class EmployeeSkillEntity {
  @PrimaryColumn('uuid')
  employeeId!: string;

  @Index('ix_employee_skills_skill')
  @PrimaryColumn('uuid')
  skillId!: string;

  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_employee_skills_employee' })
  employee?: EmployeeEntity;

  @ManyToOne(() => SkillEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'skill_id', foreignKeyConstraintName: 'fk_employee_skills_skill' })
  skill?: SkillEntity;
}
