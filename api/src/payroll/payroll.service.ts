import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type DeltaRow,
  type PayCategory,
  type SentRow,
  type Violation,
  addDays,
  daysBetween,
  formatLocal,
  isCivilDate,
  localDate,
  payCodeMappingOn,
  payrollKeyFigures,
  toLocalIso,
} from '@bemanna/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { serialisedSnapshot } from '../common/database/serialised-snapshot';
import { Clock } from '../common/clock';
import { type Bilingual, DomainError } from '../common/errors/domain-error';
import { type EmployeeWorkedTime, WorkedTimeService } from '../deviations/worked-time.service';
import { RosterPeriodEntity } from '../rosters/roster-period.entity';
import { RosterPeriodsService } from '../rosters/roster-periods.service';
import { ShiftsService } from '../shifts/shifts.service';
import { PayCodesService } from './pay-codes.service';
import {
  assertMapping,
  codeKind,
  codeOf,
  currentRows,
  delta,
  mappingProblem,
  writePayrollFile,
} from './payroll-computation';
import type {
  EmployeeTimeQueryDto,
  EmployeeTimeView,
  ExportPreviewView,
  PayrollExportRequestDto,
  PayrollExportView,
  PayrollOverviewView,
  PayrollScopeQueryDto,
  PayrollWarningView,
  UnattestedView,
} from './payroll.dto';
import { PayrollExportRowEntity } from './payroll-export-row.entity';
import { PayrollExportEntity } from './payroll-export.entity';

/** The longest range one export or overview covers (a quarter). */
const MAX_RANGE_DAYS = 93;

interface Scope {
  from: string;
  to: string;
  departmentIds: string[];
  periods: RosterPeriodEntity[];
  employeeIds: string[];
}

interface Computation {
  scope: Scope;
  worked: Map<string, EmployeeWorkedTime>;
  rows: DeltaRow[];
  unattested: UnattestedView[];
}

const EXPORT = { sv: 'exporten', en: 'export' };
const EMPLOYEE = { sv: 'medarbetaren', en: 'employee' };

/**
 * HR's payroll work (issue 6): the period's hours per employee, category and code, warnings, key
 * figures, and exports that send only what is new or corrected since the last export. The worked
 * time of an employee in the range is always all of it (every department), so that mertid and
 * overtime are classified on the whole week and nothing is sent twice however departments are
 * grouped; the departments choose whose time is exported and which periods get locked.
 */
@Injectable()
export class PayrollService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workedTime: WorkedTimeService,
    private readonly payCodes: PayCodesService,
    private readonly periods: RosterPeriodsService,
    private readonly shifts: ShiftsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async overview(user: AuthUser, query: PayrollScopeQueryDto): Promise<PayrollOverviewView> {
    const em = this.dataSource.manager;
    const scope = await this.scope(em, user, query);
    const worked = await this.workedTime.classify(em, user.organisationId, scope);
    const mapping = await this.payCodes.mapping(em, user.organisationId);
    const problem = mappingProblem(mapping, scope.from, scope.to);
    const current = problem === null ? currentRows(worked, mapping) : new Map();
    const sent = await this.sentRows(em, user.organisationId, scope);
    const pending = problem === null ? delta(current, sent) : [];
    const unattested = await this.unattested(em, worked);
    const pendingReports = await this.pendingReports(em, scope);
    const violations = await this.openViolations(em, user, scope.periods);
    const settings = await this.payCodes.settings(user, em);

    const warnings: PayrollWarningView[] = [];
    const warn = (kind: string, text: Bilingual, employeeId: string | null = null, periodId: string | null = null) =>
      warnings.push({ kind, employeeId, periodId, message: text.en, messageSv: text.sv });
    if (problem !== null)
      warn('missing-mapping', {
        sv: `Lönekodsmappningen är ofullständig: ${problem}`,
        en: `The pay-code mapping is incomplete: ${problem}`,
      });
    for (const p of scope.periods)
      if (p.state !== 'published' && p.state !== 'locked')
        warn(
          'unpublished-period',
          {
            sv: `Perioden ${p.startDate} – ${p.endDate} är inte publicerad; dess tid räknas inte`,
            en: `The period ${p.startDate} – ${p.endDate} is not published; its time does not count`,
          },
          null,
          p.id,
        );

    const employees = [...worked.values()].map((w) => {
      const e = w.employee;
      const name = `${e.firstName} ${e.lastName}`;
      const own = unattested.filter((u) => u.employeeId === e.id);
      const reports = pendingReports.get(e.id) ?? 0;
      const breaches = violations.get(e.id) ?? 0;
      if (own.length > 0)
        warn(
          'not-attested',
          { sv: `${name} är inte attesterad`, en: `${name} is not attested` },
          e.id,
          own[0].periodId,
        );
      if (reports > 0)
        warn(
          'pending-reports',
          {
            sv: `${name} har ${reports} rapporterade avvikelser som väntar på beslut`,
            en: `${name} has ${reports} reported deviations waiting for a decision`,
          },
          e.id,
        );
      if (breaches > 0)
        warn(
          'rule-violations',
          {
            sv: `${name} har ${breaches} öppna regelbrott i schemat`,
            en: `${name} has ${breaches} open rule violations in the roster`,
          },
          e.id,
        );
      const codes = new Map<string, { code: string; codeKind: string; hours: number; sentHours: number }>();
      const key = (kind: string, code: string) => `${kind}|${code}`;
      for (const r of current.get(e.id) ?? []) {
        const k = key(codeKind(r), codeOf(r.target));
        const c = codes.get(k) ?? { code: codeOf(r.target), codeKind: codeKind(r), hours: 0, sentHours: 0 };
        c.hours += r.hundredths / 100;
        codes.set(k, c);
      }
      for (const s of sent.filter((x) => x.employeeId === e.id)) {
        const k = key(codeKind(s), codeOf(s.target));
        const c = codes.get(k) ?? { code: codeOf(s.target), codeKind: codeKind(s), hours: 0, sentHours: 0 };
        c.sentHours += s.hundredths / 100;
        codes.set(k, c);
      }
      return {
        employeeId: e.id,
        employeeNumber: e.employeeNumber,
        firstName: e.firstName,
        lastName: e.lastName,
        homeDepartmentId: e.homeDepartmentId,
        isAgency: e.isAgency,
        attested: own.length === 0,
        unattestedPeriodIds: own.map((u) => u.periodId),
        pendingReports: reports,
        openViolations: breaches,
        totals: Object.entries(w.totals).map(([category, hours]) => ({ category, hours: round2(hours!) })),
        codes: [...codes.values()].map((c) => ({ ...c, hours: round2(c.hours), sentHours: round2(c.sentHours) })),
        pendingRows: pending.filter((r) => r.employeeId === e.id).length,
      };
    });
    employees.sort(
      (a, b) => a.lastName.localeCompare(b.lastName, 'sv') || a.firstName.localeCompare(b.firstName, 'sv'),
    );
    return {
      from: scope.from,
      to: scope.to,
      departmentIds: scope.departmentIds,
      periods: scope.periods.map((p) => ({
        id: p.id,
        departmentId: p.departmentId,
        startDate: p.startDate,
        endDate: p.endDate,
        state: p.state,
      })),
      employees,
      warnings,
      keyFigures: payrollKeyFigures(
        [...worked.values()].map((w) => ({ isAgency: w.employee.isAgency, totals: w.totals })),
        settings.averageMonthlySalary,
      ),
      pendingRows: pending.length,
    };
  }

  /** One employee's shifts, deviations and classified hours in the range (the drill-down). */
  async employeeTime(user: AuthUser, employeeId: string, query: EmployeeTimeQueryDto): Promise<EmployeeTimeView> {
    assertRange(query.from, query.to);
    const em = this.dataSource.manager;
    const worked = (
      await this.workedTime.classify(em, user.organisationId, { employeeIds: [employeeId], ...query })
    ).get(employeeId);
    if (!worked) throw DomainError.notFound(EMPLOYEE);
    const mapping = await this.payCodes.mapping(em, user.organisationId);
    const codeFor = (date: string, category: PayCategory) => {
      try {
        const t = payCodeMappingOn(mapping, date).codes[category];
        return t ? codeOf(t) : null;
      } catch {
        return null;
      }
    };
    return {
      employeeId,
      employeeNumber: worked.employee.employeeNumber,
      firstName: worked.employee.firstName,
      lastName: worked.employee.lastName,
      shifts: worked.shifts.map((s) => ({
        id: s.id,
        date: localDate(s.start),
        departmentId: s.departmentId,
        periodId: s.periodId,
        startLocal: toLocalIso(s.start),
        endLocal: toLocalIso(s.end),
        breakMinutes: s.breakMinutes,
        kind: s.kind,
        shiftTypeCode: s.shiftTypeCode,
        exported: s.exported,
      })),
      deviations: worked.deviations.map((d) => ({
        id: d.id,
        kind: d.kind,
        absenceType: d.absenceType,
        startLocal: toLocalIso(d.startAt.getTime()),
        endLocal: toLocalIso(d.endAt.getTime()),
        shiftId: d.shiftId,
        correctionReason: d.correctionReason,
      })),
      lines: worked.lines.map((l) => ({
        date: l.date,
        category: l.category,
        hours: round2(l.hours),
        code: codeFor(l.date, l.category),
      })),
    };
  }

  async preview(user: AuthUser, dto: PayrollExportRequestDto): Promise<ExportPreviewView> {
    const em = this.dataSource.manager;
    const c = await this.compute(em, user, dto);
    const file = await this.file(em, user, c, dto);
    return {
      rows: this.rowViews(c),
      rowCount: c.rows.length,
      adjustmentRowCount: c.rows.filter((r) => r.adjustment).length,
      employeeCount: new Set(c.rows.map((r) => r.employeeId)).size,
      unattested: c.unattested,
      fileName: this.fileName(dto, file.extension),
      byteLength: file.bytes.length,
      sha256: file.sha256,
    };
  }

  /**
   * Records an export: the file, its rows (so the next export sends only changes), the shifts and
   * deviations it sent, and locks the chosen departments' periods that exports now cover. One
   * transaction on one snapshot (the rows sent, the shifts marked and the periods locked are read
   * alike), serialised per organisation: a refusal leaves nothing behind, and an export that waited
   * for another sees what that one sent.
   */
  async export(user: AuthUser, dto: PayrollExportRequestDto): Promise<PayrollExportView> {
    return serialisedSnapshot(this.dataSource, `payroll-export:${user.organisationId}`, async (em) => {
      const c = await this.compute(em, user, dto);
      if (c.rows.length === 0)
        throw new DomainError('NOTHING_TO_EXPORT', {
          sv: 'Inget nytt att exportera: tiden är redan skickad och inget har korrigerats sedan dess',
          en: 'Nothing new to export: the time was already sent and nothing has been corrected since',
        });
      if (c.unattested.length > 0 && !dto.includeUnattested)
        throw new DomainError(
          'NOT_ATTESTED',
          {
            sv: `Tid som inte är attesterad, inget exporterades: ${names(c.unattested)}. Attestera först, eller ta med den uttryckligen.`,
            en: `Time that is not attested, nothing was exported: ${names(c.unattested)}. Attest first, or include it explicitly.`,
          },
          c.unattested.map((u) => ({
            field: u.employeeId,
            message: { sv: `${u.name} är inte attesterad`, en: `${u.name} is not attested` },
          })),
          { unattested: c.unattested },
        );
      const file = await this.file(em, user, c, dto);
      const now = this.clock.now();
      const included = new Set(c.rows.map((r) => r.employeeId));
      const saved = await em.save(
        em.create(PayrollExportEntity, {
          organisationId: user.organisationId,
          createdByUserId: user.userId,
          fromDate: c.scope.from,
          toDate: c.scope.to,
          departmentIds: c.scope.departmentIds,
          format: dto.format,
          encoding: dto.encoding ?? 'UTF-8',
          decimalSeparator: dto.decimalComma ? ',' : '.',
          schedule: dto.schedule ?? false,
          includedUnattested: c.unattested.length > 0,
          unattested: c.unattested,
          fileName: this.fileName(dto, file.extension, now),
          contentType: file.contentType,
          content: file.bytes,
          sha256: file.sha256,
          rowCount: c.rows.length,
          adjustmentRowCount: c.rows.filter((r) => r.adjustment).length,
          employeeCount: included.size,
          shiftCount: 0,
          lockedPeriodIds: [],
        }),
      );
      await em.insert(
        PayrollExportRowEntity,
        c.rows.map((r) => ({
          exportId: saved.id,
          organisationId: user.organisationId,
          employeeId: r.employeeId,
          anstid: c.worked.get(r.employeeId)!.employee.employeeNumber,
          date: r.date,
          codeKind: codeKind(r),
          code: codeOf(r.target),
          hundredths: r.hundredths,
          adjustment: r.adjustment,
        })),
      );
      const shiftIds = [...c.worked.values()].flatMap((w) => w.shifts.filter((s) => !s.exported).map((s) => s.id));
      if (shiftIds.length > 0)
        await em.query(
          `INSERT INTO payroll_exported_shifts (shift_id, export_id) SELECT unnest($1::uuid[]), $2 ON CONFLICT DO NOTHING`,
          [shiftIds, saved.id],
        );
      const deviationIds = [...c.worked.values()].flatMap((w) => w.deviations.map((d) => d.id));
      if (deviationIds.length > 0)
        await em.query(
          `UPDATE time_deviations SET exported_at = $2 WHERE id = ANY($1::uuid[]) AND exported_at IS NULL`,
          [deviationIds, now],
        );
      saved.shiftCount = shiftIds.length;
      saved.lockedPeriodIds = await this.periods.lockForPayroll(em, user, await this.coveredPeriods(em, user, c.scope));
      await em.save(saved);
      const view = this.view(saved, user.displayName);
      await this.audit.record(em, user, {
        action: 'export',
        entityType: 'payroll-export',
        entityId: saved.id,
        after: { ...view, unattested: c.unattested },
      });
      return view;
    });
  }

  async history(user: AuthUser): Promise<PayrollExportView[]> {
    const rows = await this.dataSource
      .getRepository(PayrollExportEntity)
      .createQueryBuilder('x')
      .select([
        'x.id',
        'x.createdAt',
        'x.createdByUserId',
        'x.fromDate',
        'x.toDate',
        'x.departmentIds',
        'x.format',
        'x.encoding',
        'x.decimalSeparator',
        'x.schedule',
        'x.includedUnattested',
        'x.unattested',
        'x.fileName',
        'x.sha256',
        'x.rowCount',
        'x.adjustmentRowCount',
        'x.employeeCount',
        'x.shiftCount',
        'x.lockedPeriodIds',
      ])
      .where('x.organisation_id = :org', { org: user.organisationId })
      .orderBy('x.created_at', 'DESC')
      .addOrderBy('x.id', 'DESC')
      .getMany();
    const names = await this.userNames(rows.map((r) => r.createdByUserId));
    const lengths = await this.byteLengths(rows.map((r) => r.id));
    return rows.map((r) => ({
      ...this.view(r, names.get(r.createdByUserId) ?? null),
      byteLength: lengths.get(r.id) ?? 0,
    }));
  }

  async get(user: AuthUser, id: string): Promise<PayrollExportView> {
    const x = await this.dataSource.manager.findOne(PayrollExportEntity, {
      where: { organisationId: user.organisationId, id },
    });
    if (!x) throw DomainError.notFound(EXPORT);
    return this.view(x, (await this.userNames([x.createdByUserId])).get(x.createdByUserId) ?? null);
  }

  /** The exact bytes that were exported (re-download). */
  async fileOf(user: AuthUser, id: string): Promise<{ content: Buffer; contentType: string; fileName: string }> {
    const x = await this.dataSource.manager.findOne(PayrollExportEntity, {
      where: { organisationId: user.organisationId, id },
    });
    if (!x) throw DomainError.notFound(EXPORT);
    return { content: x.content, contentType: x.contentType, fileName: x.fileName };
  }

  // ---------- the pieces ----------

  private async scope(
    em: EntityManager,
    user: AuthUser,
    query: { from: string; to: string; departmentIds: string[] },
  ): Promise<Scope> {
    assertRange(query.from, query.to);
    const known: { id: string }[] = await em.query(
      `SELECT id FROM departments WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
      [user.organisationId, query.departmentIds],
    );
    if (known.length !== query.departmentIds.length)
      throw DomainError.invalid('departmentIds', { sv: 'Okänd enhet', en: 'Unknown department' });
    const departmentIds = [...query.departmentIds].sort();
    const periods = await em
      .getRepository(RosterPeriodEntity)
      .createQueryBuilder('p')
      .where('p.organisation_id = :org', { org: user.organisationId })
      .andWhere('p.department_id IN (:...departments)', { departments: departmentIds })
      .andWhere('p.start_date <= :to AND p.end_date >= :from', { from: query.from, to: query.to })
      .orderBy('p.start_date', 'ASC')
      .addOrderBy('p.department_id', 'ASC')
      .getMany();
    const published = periods.filter((p) => p.state === 'published' || p.state === 'locked').map((p) => p.id);
    const employeeIds = new Set<string>();
    if (published.length > 0) {
      for (const s of await this.workedTime.publishedShifts(em, {
        periodIds: published,
        from: query.from,
        to: query.to,
      }))
        employeeIds.add(s.employeeId);
      const calledIn: { employee_id: string }[] = await em.query(
        `SELECT DISTINCT employee_id FROM time_deviations
          WHERE period_id = ANY($1::uuid[]) AND status = 'accepted' AND shift_id IS NULL
            AND (start_at AT TIME ZONE 'Europe/Stockholm')::date BETWEEN $2 AND $3`,
        [published, query.from, query.to],
      );
      for (const r of calledIn) employeeIds.add(r.employee_id);
    }
    return { from: query.from, to: query.to, departmentIds, periods, employeeIds: [...employeeIds].sort() };
  }

  private async compute(em: EntityManager, user: AuthUser, dto: PayrollExportRequestDto): Promise<Computation> {
    const scope = await this.scope(em, user, dto);
    const mapping = await this.payCodes.mapping(em, user.organisationId);
    assertMapping(mapping, scope.from, scope.to);
    const worked = await this.workedTime.classify(em, user.organisationId, scope);
    const anstid = (id: string) => worked.get(id)!.employee.employeeNumber;
    // In employee-number order, as in the file; within an employee the delta's own order.
    const rows = delta(currentRows(worked, mapping), await this.sentRows(em, user.organisationId, scope))
      .map((r, i) => ({ r, i }))
      .sort((a, b) => compareText(anstid(a.r.employeeId), anstid(b.r.employeeId)) || a.i - b.i)
      .map(({ r }) => r);
    const included = new Set(rows.map((r) => r.employeeId));
    const unattested = (await this.unattested(em, worked)).filter((u) => included.has(u.employeeId));
    return { scope, worked, rows, unattested };
  }

  private async file(em: EntityManager, user: AuthUser, c: Computation, dto: PayrollExportRequestDto) {
    const settings = await this.payCodes.settings(user, em);
    const [org]: { name: string }[] = await em.query(`SELECT name FROM organisations WHERE id = $1`, [
      user.organisationId,
    ]);
    return writePayrollFile(c.rows, c.worked, {
      format: dto.format,
      encoding: dto.encoding ?? 'UTF-8',
      decimal: dto.decimalComma ? ',' : '.',
      schedule: dto.schedule ?? false,
      period: { start: c.scope.from, end: c.scope.to },
      mapping: await this.payCodes.mapping(em, user.organisationId),
      header: {
        ...(settings.organisationNumber ? { foretagorgnr: settings.organisationNumber } : {}),
        foretagnamn: org.name,
      },
    });
  }

  /** What earlier exports sent for these employees on these dates. */
  private async sentRows(em: EntityManager, organisationId: string, scope: Scope): Promise<SentRow[]> {
    if (scope.employeeIds.length === 0) return [];
    const rows: { employee_id: string; date: string; code_kind: string; code: string; hundredths: string }[] =
      await em.query(
        `SELECT employee_id, to_char(date, 'YYYY-MM-DD') AS date, code_kind, code, sum(hundredths) AS hundredths
           FROM payroll_export_rows
          WHERE organisation_id = $1 AND employee_id = ANY($2::uuid[]) AND date BETWEEN $3 AND $4
          GROUP BY employee_id, date, code_kind, code
          ORDER BY employee_id, date, code_kind, code`,
        [organisationId, scope.employeeIds, scope.from, scope.to],
      );
    return rows.map((r) => ({
      employeeId: r.employee_id,
      date: r.date,
      target: r.code_kind === 'tidkod' ? { tidkod: r.code as 'TID' } : { lonart: r.code },
      hundredths: Number(r.hundredths),
    }));
  }

  /** Employee-periods with worked time in the range that are not attested. */
  private async unattested(em: EntityManager, worked: Map<string, EmployeeWorkedTime>): Promise<UnattestedView[]> {
    const pairs = new Map<string, { employeeId: string; periodId: string; departmentId: string | null }>();
    for (const w of worked.values()) {
      for (const s of w.shifts)
        pairs.set(`${w.employee.id}|${s.periodId}`, {
          employeeId: w.employee.id,
          periodId: s.periodId,
          departmentId: s.departmentId,
        });
      for (const d of w.deviations)
        if (!pairs.has(`${w.employee.id}|${d.periodId}`))
          pairs.set(`${w.employee.id}|${d.periodId}`, {
            employeeId: w.employee.id,
            periodId: d.periodId,
            departmentId: null,
          });
    }
    if (pairs.size === 0) return [];
    const list = [...pairs.values()];
    const attested: { employee_id: string; period_id: string }[] = await em.query(
      `SELECT employee_id, period_id FROM attestations WHERE period_id = ANY($1::uuid[]) AND employee_id = ANY($2::uuid[])`,
      [[...new Set(list.map((p) => p.periodId))], [...new Set(list.map((p) => p.employeeId))]],
    );
    const done = new Set(attested.map((a) => `${a.employee_id}|${a.period_id}`));
    const periodDepartments = new Map(
      (
        (await em.query(`SELECT id, department_id FROM roster_periods WHERE id = ANY($1::uuid[])`, [
          [...new Set(list.map((p) => p.periodId))],
        ])) as { id: string; department_id: string }[]
      ).map((p) => [p.id, p.department_id]),
    );
    return list
      .filter((p) => !done.has(`${p.employeeId}|${p.periodId}`))
      .map((p) => {
        const e = worked.get(p.employeeId)!.employee;
        return {
          employeeId: p.employeeId,
          name: `${e.firstName} ${e.lastName}`,
          periodId: p.periodId,
          departmentId: p.departmentId ?? periodDepartments.get(p.periodId)!,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.periodId.localeCompare(b.periodId));
  }

  private async pendingReports(em: EntityManager, scope: Scope): Promise<Map<string, number>> {
    if (scope.employeeIds.length === 0) return new Map();
    const rows = await this.workedTime.deviations(em, {
      employeeIds: scope.employeeIds,
      statuses: ['reported'],
      from: scope.from,
      to: scope.to,
    });
    const out = new Map<string, number>();
    for (const d of rows) out.set(d.employeeId, (out.get(d.employeeId) ?? 0) + 1);
    return out;
  }

  /** Hard rule violations nobody overrode, per employee, in the published periods of the scope. */
  private async openViolations(
    em: EntityManager,
    user: AuthUser,
    periods: RosterPeriodEntity[],
  ): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const period of periods.filter((p) => p.state === 'published' || p.state === 'locked')) {
      const { violations, overrides } = await this.shifts.periodViolations(em, user, period);
      const open = violations.filter(
        (v: Violation) => v.severity === 'hard' && !v.shiftIds.some((id) => overrides.get(id)?.includes(v.ruleId)),
      );
      for (const v of open) out.set(v.employeeId, (out.get(v.employeeId) ?? 0) + 1);
    }
    return out;
  }

  /**
   * The chosen departments' published periods that exports now cover completely (this one's range
   * together with earlier exports that included the period's department).
   */
  private async coveredPeriods(em: EntityManager, user: AuthUser, scope: Scope): Promise<string[]> {
    const candidates = scope.periods.filter((p) => p.state === 'published');
    if (candidates.length === 0) return [];
    const exports: { from_date: string; to_date: string; department_ids: string[] }[] = await em.query(
      `SELECT to_char(from_date, 'YYYY-MM-DD') AS from_date, to_char(to_date, 'YYYY-MM-DD') AS to_date, department_ids
         FROM payroll_exports WHERE organisation_id = $1`,
      [user.organisationId],
    );
    return candidates
      .filter((p) => {
        const ranges = exports
          .filter((x) => x.department_ids.includes(p.departmentId))
          .map((x) => ({ from: x.from_date, to: x.to_date }));
        for (let d = p.startDate; d <= p.endDate; d = addDays(d, 1))
          if (!ranges.some((r) => r.from <= d && d <= r.to)) return false;
        return true;
      })
      .map((p) => p.id);
  }

  private rowViews(c: Computation) {
    return c.rows.map((r) => {
      const e = c.worked.get(r.employeeId)!.employee;
      return {
        employeeId: r.employeeId,
        employeeNumber: e.employeeNumber,
        name: `${e.firstName} ${e.lastName}`,
        date: r.date,
        code: codeOf(r.target),
        codeKind: codeKind(r),
        hours: r.hundredths / 100,
        sentHours: r.sentHundredths / 100,
        adjustment: r.adjustment,
      };
    });
  }

  private fileName(dto: PayrollExportRequestDto, extension: string, at?: Date): string {
    const stamp = at ? `-${formatLocal(at.getTime(), 'yyyyMMdd-HHmmss')}` : '';
    return `bemanna-lon-${dto.from}-${dto.to}${stamp}.${extension}`;
  }

  private view(x: PayrollExportEntity, createdByName: string | null): PayrollExportView {
    return {
      id: x.id,
      createdAt: x.createdAt.toISOString(),
      createdByUserId: x.createdByUserId,
      createdByName,
      from: x.fromDate,
      to: x.toDate,
      departmentIds: x.departmentIds,
      format: x.format,
      encoding: x.encoding,
      decimalSeparator: x.decimalSeparator,
      schedule: x.schedule,
      includedUnattested: x.includedUnattested,
      unattested: x.unattested,
      fileName: x.fileName,
      sha256: x.sha256,
      byteLength: x.content?.length ?? 0,
      rowCount: x.rowCount,
      adjustmentRowCount: x.adjustmentRowCount,
      employeeCount: x.employeeCount,
      shiftCount: x.shiftCount,
      lockedPeriodIds: x.lockedPeriodIds,
    };
  }

  private async userNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; display_name: string }[] = await this.dataSource.query(
      `SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }

  private async byteLengths(ids: string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; n: number }[] = await this.dataSource.query(
      `SELECT id, octet_length(content) AS n FROM payroll_exports WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, Number(r.n)]));
  }
}

function assertRange(from: string, to: string): void {
  if (!isCivilDate(from))
    throw DomainError.invalid('from', { sv: 'Datumet finns inte', en: 'The date does not exist' });
  if (!isCivilDate(to)) throw DomainError.invalid('to', { sv: 'Datumet finns inte', en: 'The date does not exist' });
  if (to < from)
    throw DomainError.invalid('to', { sv: 'Slutdatum före startdatum', en: 'The end date is before the start date' });
  if (daysBetween(from, to) >= MAX_RANGE_DAYS)
    throw DomainError.invalid('to', {
      sv: `Högst ${MAX_RANGE_DAYS} dagar i taget`,
      en: `At most ${MAX_RANGE_DAYS} days at a time`,
    });
}

function names(list: UnattestedView[]): string {
  return [...new Set(list.map((u) => u.name))].join(', ');
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
