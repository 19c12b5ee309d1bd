import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ABSENCE_TYPES,
  DEFAULT_PAY_CODE_MAPPING,
  PAY_CATEGORIES,
  type PayCategory,
  type PayCodeMappingVersion,
  type PayCodeTarget,
  TIDKODER,
  type Tidkod,
  isCivilDate,
  isTidkod,
} from '@bemanna/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { assertVersion } from '../common/database/check-version';
import { DomainError, type FieldProblem } from '../common/errors/domain-error';
import type {
  PayCodeEntryView,
  PayCodeMappingVersionView,
  PayCodesView,
  PayrollSettingsDto,
  PayrollSettingsView,
  PutPayCodeMappingDto,
} from './payroll.dto';
import { PayCodeMappingEntity } from './pay-code-mapping.entity';
import { PayrollSettingsEntity } from './payroll-settings.entity';

/**
 * The organisation's pay-code mapping (category → PAXml tidkod or the payroll system's lonart),
 * versioned by valid-from date, and its payroll settings. Before the first own version the
 * built-in mapping of RULES.md §6.4 (shared DEFAULT_PAY_CODE_MAPPING) is in force.
 */
@Injectable()
export class PayCodesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async view(user: AuthUser): Promise<PayCodesView> {
    const own = await this.dataSource.manager.find(PayCodeMappingEntity, {
      where: { organisationId: user.organisationId },
      order: { validFrom: 'ASC' },
    });
    return {
      versions: [
        ...DEFAULT_PAY_CODE_MAPPING.map((v) => versionView(v.validFrom, v.codes, true, null)),
        ...own.map((v) => versionView(v.validFrom, v.codes as PayCodeMappingVersion['codes'], false, v.updatedAt)),
      ],
      categories: [...PAY_CATEGORIES],
      tidkoder: [...TIDKODER],
      absenceTypes: [...ABSENCE_TYPES],
    };
  }

  /** Creates or replaces the version valid from the date. Unknown codes are refused field by field. */
  async put(user: AuthUser, validFrom: string, dto: PutPayCodeMappingDto): Promise<PayCodesView> {
    if (!isCivilDate(validFrom))
      throw DomainError.invalid('validFrom', {
        sv: 'Måste vara ett datum ÅÅÅÅ-MM-DD',
        en: 'Must be a date YYYY-MM-DD',
      });
    if (validFrom <= DEFAULT_PAY_CODE_MAPPING[0].validFrom)
      throw DomainError.invalid('validFrom', {
        sv: `Måste vara efter ${DEFAULT_PAY_CODE_MAPPING[0].validFrom} (den inbyggda standarden)`,
        en: `Must be after ${DEFAULT_PAY_CODE_MAPPING[0].validFrom} (the built-in default)`,
      });
    const problems: FieldProblem[] = [];
    const codes: Partial<Record<PayCategory, PayCodeTarget>> = {};
    const seen = new Set<string>();
    dto.codes.forEach((entry, i) => {
      const at = (field: string) => `codes[${i}].${field}`;
      if (seen.has(entry.category))
        problems.push({
          field: at('category'),
          message: { sv: 'Kategorin finns två gånger', en: 'The category appears twice' },
        });
      seen.add(entry.category);
      const hasTidkod = entry.tidkod !== undefined && entry.tidkod !== null && entry.tidkod !== '';
      const hasLonart = entry.lonart !== undefined && entry.lonart !== null;
      if (hasTidkod === hasLonart) {
        problems.push({
          field: at('tidkod'),
          message: { sv: 'Ange antingen tidkod eller löneart', en: 'Give either a tidkod or a lonart' },
        });
        return;
      }
      if (hasTidkod && !isTidkod(entry.tidkod!)) {
        problems.push({
          field: at('tidkod'),
          message: {
            sv: `Okänd lönekod "${entry.tidkod}": inte en PAXml-tidkod (t.ex. TID, ÖT1, OB1, SJK)`,
            en: `Unknown pay code "${entry.tidkod}": not a PAXml tidkod (e.g. TID, ÖT1, OB1, SJK)`,
          },
        });
        return;
      }
      const name = entry.name ?? undefined;
      codes[entry.category as PayCategory] = hasTidkod
        ? { tidkod: entry.tidkod as Tidkod, ...(name ? { name } : {}) }
        : { lonart: entry.lonart!, ...(name ? { name } : {}) };
    });
    if (problems.length > 0) throw DomainError.invalidFields(problems);
    await this.dataSource.transaction(async (em) => {
      const existing = await em.findOne(PayCodeMappingEntity, {
        where: { organisationId: user.organisationId, validFrom },
        lock: { mode: 'pessimistic_write' },
      });
      const before = existing ? { validFrom, codes: existing.codes } : undefined;
      const saved = await em.save(
        Object.assign(existing ?? em.create(PayCodeMappingEntity, { organisationId: user.organisationId, validFrom }), {
          codes,
          updatedByUserId: user.userId,
        }),
      );
      await this.audit.record(em, user, {
        action: existing ? 'update' : 'create',
        entityType: 'pay-code-mapping',
        entityId: saved.id,
        before,
        after: { validFrom, codes },
      });
    });
    return this.view(user);
  }

  /** The versions an export uses: the built-in default, then the organisation's own. */
  async mapping(em: EntityManager, organisationId: string): Promise<PayCodeMappingVersion[]> {
    const own = await em.find(PayCodeMappingEntity, { where: { organisationId }, order: { validFrom: 'ASC' } });
    return [
      ...DEFAULT_PAY_CODE_MAPPING,
      ...own.map((v) => ({ validFrom: v.validFrom, codes: v.codes as PayCodeMappingVersion['codes'] })),
    ];
  }

  async settings(user: AuthUser, em: EntityManager = this.dataSource.manager): Promise<PayrollSettingsView> {
    const s = await em.findOne(PayrollSettingsEntity, { where: { organisationId: user.organisationId } });
    return {
      organisationNumber: s?.organisationNumber ?? null,
      averageMonthlySalary: s?.averageMonthlySalary ?? null,
      version: s?.version ?? 0,
    };
  }

  async putSettings(user: AuthUser, dto: PayrollSettingsDto): Promise<PayrollSettingsView> {
    return this.dataSource.transaction(async (em) => {
      const existing = await em.findOne(PayrollSettingsEntity, {
        where: { organisationId: user.organisationId },
        lock: { mode: 'pessimistic_write' },
      });
      const before = await this.settings(user, em);
      if (existing) assertVersion(existing, dto.version, () => before);
      const entity = existing ?? em.create(PayrollSettingsEntity, { organisationId: user.organisationId });
      if (dto.organisationNumber !== undefined) entity.organisationNumber = dto.organisationNumber;
      if (dto.averageMonthlySalary !== undefined) entity.averageMonthlySalary = dto.averageMonthlySalary;
      const saved = await em.save(entity);
      const after = await this.settings(user, em);
      await this.audit.record(em, user, {
        action: 'update',
        entityType: 'payroll-settings',
        entityId: saved.id,
        before,
        after,
      });
      return after;
    });
  }
}

function versionView(
  validFrom: string,
  codes: PayCodeMappingVersion['codes'],
  builtIn: boolean,
  updatedAt: Date | null,
): PayCodeMappingVersionView {
  const entries: PayCodeEntryView[] = [];
  for (const category of PAY_CATEGORIES) {
    const t = codes[category];
    if (!t) continue;
    entries.push({
      category,
      tidkod: 'tidkod' in t ? t.tidkod : null,
      lonart: 'lonart' in t ? t.lonart : null,
      name: t.name ?? null,
    });
  }
  return { validFrom, builtIn, codes: entries, updatedAt: updatedAt?.toISOString() ?? null };
}
