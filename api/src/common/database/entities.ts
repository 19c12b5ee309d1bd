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
import { ScheduleSeenEntity } from '../../my-schedule/schedule-seen.entity';
import { MailOutboxEntity } from '../../mail/mail-outbox.entity';
import { NotificationEntity } from '../../notifications/notification.entity';
import { ExtraHoursPreferenceEntity } from '../../open-shifts/extra-hours-preference.entity';
import { OpenShiftApplicationEntity } from '../../open-shifts/open-shift-application.entity';
import { OpenShiftPostingEntity } from '../../open-shifts/open-shift-posting.entity';
import { OrganisationEntity } from '../../organisations/organisation.entity';
import { SelfServiceSettingsEntity } from '../../self-service-settings/self-service-settings.entity';
import { GenerationRunEntity } from '../../roster-generation/generation-run.entity';
import { EmployeeGenerationLimitsEntity } from '../../generation-limits/employee-generation-limits.entity';
import { DepartmentGenerationWeightsEntity } from '../../generation-weights/department-generation-weights.entity';
import { RosterPeriodEntity } from '../../rosters/roster-period.entity';
import { ShiftTypeEntity } from '../../shift-types/shift-type.entity';
import { RosterPublicationEntity } from '../../shifts/roster-publication.entity';
import { ShiftChangeEntity } from '../../shifts/shift-change.entity';
import { ShiftEntity } from '../../shifts/shift.entity';
import { SkillEntity } from '../../skills/skill.entity';
import { SwapEntity } from '../../swaps/swap.entity';
import { UserDepartmentScopeEntity } from '../../users/user-department-scope.entity';
import { UserEntity } from '../../users/user.entity';
import { WishEntity } from '../../wishes/wish.entity';
import { DeviationEntity } from '../../deviations/deviation.entity';
import { AttestationEntity } from '../../payroll-lock/attestation.entity';
import { ExportedShiftEntity } from '../../payroll-lock/exported-shift.entity';
import { PayCodeMappingEntity } from '../../payroll/pay-code-mapping.entity';
import { PayrollExportRowEntity } from '../../payroll/payroll-export-row.entity';
import { PayrollExportEntity } from '../../payroll/payroll-export.entity';
import { PayrollSettingsEntity } from '../../payroll/payroll-settings.entity';

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
  ScheduleSeenEntity,
  DeviationEntity,
  AttestationEntity,
  PayCodeMappingEntity,
  PayrollSettingsEntity,
  PayrollExportEntity,
  PayrollExportRowEntity,
  ExportedShiftEntity,
  MailOutboxEntity,
  SelfServiceSettingsEntity,
  SwapEntity,
  OpenShiftPostingEntity,
  OpenShiftApplicationEntity,
  ExtraHoursPreferenceEntity,
  GenerationRunEntity,
  EmployeeGenerationLimitsEntity,
  DepartmentGenerationWeightsEntity,
];
