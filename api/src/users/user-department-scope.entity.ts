import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DepartmentEntity } from '../departments/department.entity';
import { UserEntity } from './user.entity';

/** A department (with its sub-tree) a scheduler is responsible for. */
@Entity('user_department_scopes')
export class UserDepartmentScopeEntity {
  @PrimaryColumn('uuid')
  userId!: string;

  @PrimaryColumn('uuid')
  departmentId!: string;

  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_user_department_scopes_user' })
  user?: UserEntity;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_user_department_scopes_department' })
  department?: DepartmentEntity;
}
