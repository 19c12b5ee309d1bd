import { AuditEntryEntity } from '../../audit/audit-entry.entity';
import { CalendarFeedEntity } from '../../calendar-feed/calendar-feed.entity';
import { BaseScheduleEntryEntity } from '../../base-schedules/base-schedule-entry.entity';
import { BaseScheduleEntity } from '../../base-schedules/base-schedule.entity';
import { SessionEntity } from '../../auth/session.entity';
import { DepartmentEntity } from '../../departments/department.entity';
import { EmployeeDepartmentEntity } from '../../employees/employee-department.entity';
import { EmployeeSkillEntity } from '../../employees/employee-skill.entity';
import { EmployeeEntity } from '../../employees/employee.entity';
import { LeaveRequestEntity } from '../../leave/leave-request.entity';
import { StaffingNeedEntity } from '../../needs/staffing-need.entity';
import { NotificationEntity } from '../../notifications/notification.entity';
import { OrganisationEntity } from '../../organisations/organisation.entity';
import { GenerationRunEntity } from '../../roster-generation/generation-run.entity';
import { RosterPeriodEntity } from '../../rosters/roster-period.entity';
import { ShiftTypeEntity } from '../../shift-types/shift-type.entity';
import { RosterPublicationEntity } from '../../shifts/roster-publication.entity';
import { ShiftChangeEntity } from '../../shifts/shift-change.entity';
import { ShiftEntity } from '../../shifts/shift.entity';
import { SkillEntity } from '../../skills/skill.entity';
import { UserDepartmentScopeEntity } from '../../users/user-department-scope.entity';
import { UserEntity } from '../../users/user.entity';
import { WishEntity } from '../../wishes/wish.entity';

/** Every entity, listed explicitly so the compiled app and the migration tooling agree. */
export const ENTITIES = [
  OrganisationEntity,
  DepartmentEntity,
  SkillEntity,
  EmployeeEntity,
  EmployeeSkillEntity,
  EmployeeDepartmentEntity,
  ShiftTypeEntity,
  UserEntity,
  UserDepartmentScopeEntity,
  SessionEntity,
  AuditEntryEntity,
  RosterPeriodEntity,
  ShiftEntity,
  ShiftChangeEntity,
  StaffingNeedEntity,
  RosterPublicationEntity,
  BaseScheduleEntity,
  BaseScheduleEntryEntity,
  NotificationEntity,
  LeaveRequestEntity,
  CalendarFeedEntity,
  WishEntity,
  GenerationRunEntity,
];
