import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntityColumns } from '../common/database/base-columns';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { RosterPeriodEntity } from '../rosters/roster-period.entity';

/**
 * One automatic roster generation for a period: what was asked, where the background job is
 * (pg-boss runs it; this row is what every API process reads), its live progress, and the
 * result — a proposal to review, or why there is none.
 */
@Entity('roster_generation_runs')
@Index('ix_roster_generation_runs_period', ['periodId', 'createdAt'])
@Check('ck_roster_generation_runs_mode', `mode IN ('generate','fill-gaps')`)
@Check(
  'ck_roster_generation_runs_status',
  `status IN ('queued','running','proposal','infeasible','failed','cancelled','accepted','discarded')`,
)
@Check('ck_roster_generation_runs_time_limit', `time_limit_seconds BETWEEN 5 AND 600`)
export class GenerationRunEntity extends BaseEntityColumns {
  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_roster_generation_runs_organisation' })
  organisation?: OrganisationEntity;

  @Column('uuid')
  periodId!: string;

  @ManyToOne(() => RosterPeriodEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'fk_roster_generation_runs_period' })
  period?: RosterPeriodEntity;

  @Column('uuid')
  departmentId!: string;

  @Column('uuid')
  requestedByUserId!: string;

  @Column('text')
  mode!: string;

  @Column('boolean')
  keepExisting!: boolean;

  @Column('smallint')
  timeLimitSeconds!: number;

  @Column('integer', { default: 1 })
  seed!: number;

  /** Per-employee limits for this run (hours, consecutive days, weekends …), as given. */
  @Column('jsonb', { default: () => "'[]'" })
  limits!: unknown[];

  /** The snapshot the job solves (staff, needs, leave, wishes, shifts), taken when it was asked for. */
  @Column('jsonb')
  input!: Record<string, unknown>;

  @Column('text', { default: 'queued' })
  status!: string;

  /** Phase, elapsed time, current and best score; updated while the job runs. */
  @Column('jsonb', { nullable: true })
  progress!: Record<string, unknown> | null;

  /** The proposal (changes, score by term, uncovered needs) when status is `proposal` or later. */
  @Column('jsonb', { nullable: true })
  proposal!: Record<string, unknown> | null;

  /** Why there is no proposal: contradictions and impossible limits, or the failure. */
  @Column('jsonb', { default: () => "'[]'" })
  explanations!: unknown[];

  @Column('timestamptz', { nullable: true })
  cancelRequestedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  startedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  finishedAt!: Date | null;

  /** Change ids of the proposal that were accepted. */
  @Column('text', { array: true, default: () => "'{}'" })
  acceptedChangeIds!: string[];
}
