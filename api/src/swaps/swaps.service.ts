import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DAY_MS, type LocalizedText, type SwapKind, type Violation, outcomeOfAcceptance } from '@bemanna/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { NotificationsService } from '../notifications/notifications.service';
import { SelfServiceSettingsService } from '../self-service-settings/self-service-settings.service';
import { type CheckedMove, ExchangeCheckService } from '../shift-exchange/exchange-check.service';
import { ExchangeLookup, type Person, type ShiftCard } from '../shift-exchange/exchange-lookup';
import { exchangeShiftView } from '../shift-exchange/exchange.view';
import { ShiftReassignmentService } from '../shifts/shift-reassignment.service';
import { ShiftsService } from '../shifts/shifts.service';
import type {
  ExchangeOptionView,
  OfferSwapDto,
  SwapAnswerDto,
  SwapDecisionDto,
  SwapQueryDto,
  SwapView,
} from './swap.dto';
import { SwapEntity } from './swap.entity';
import * as messages from './swap-messages';
import { GiveAwayEligibility } from './give-away-eligibility';
import {
  type Locked,
  assertColleagueShift,
  assertOwnOfferable,
  assertSwapVersion,
  employeeOf,
  exchangeMoves,
  notPending,
  person,
  ruleRefusal,
  sameWork,
} from './swap-checks';
import { SwapViews } from './swap-views';
import { SwapsRepository } from './swaps.repository';

const SWAP = { sv: 'passbytet', en: 'shift swap' };
/** How far around one's own shift the colleagues' shifts are offered for an exchange. */
const EXCHANGE_WINDOW_DAYS = 14;

/**
 * Shift swaps between staff. Every step runs in one transaction with the shifts, their periods
 * and the people locked as the roster write path locks them; the rules engine judges both rosters
 * after the swap, and applying re-checks the shift versions recorded at the offer.
 */
@Injectable()
export class SwapsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly swaps: SwapsRepository,
    private readonly lookup: ExchangeLookup,
    private readonly exchange: ExchangeCheckService,
    private readonly reassignment: ShiftReassignmentService,
    private readonly shifts: ShiftsService,
    private readonly settings: SelfServiceSettingsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly swapViews: SwapViews,
    private readonly giveAways: GiveAwayEligibility,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthUser, query: SwapQueryDto): Promise<SwapView[]> {
    const em = this.dataSource.manager;
    if (user.role === 'employee') {
      const me = employeeOf(user);
      const person = (await this.lookup.people(em, user.organisationId, [me])).get(me);
      if (!person) return [];
      const rows = await this.swaps.list(
        em,
        user.organisationId,
        { employeeId: me, giveAwayDepartmentIds: person.workplaces },
        query.status,
      );
      const now = this.clock.now().getTime();
      const visible: SwapEntity[] = [];
      for (const swap of rows) {
        if (swap.fromEmployeeId === me || swap.toEmployeeId === me) visible.push(swap);
        else if (await this.giveAways.mayTake(em, user.organisationId, swap, person, now)) visible.push(swap);
      }
      return this.swapViews.build(em, user, visible);
    }
    const departmentIds = user.role === 'scheduler' ? user.managedDepartmentIds : null;
    if (departmentIds && departmentIds.length === 0) return [];
    return this.swapViews.build(
      em,
      user,
      await this.swaps.list(em, user.organisationId, { departmentIds }, query.status),
    );
  }

  /** Colleagues' published shifts near one's own that one may ask for in an exchange (same profession). */
  async exchangeOptions(user: AuthUser, shiftId: string): Promise<ExchangeOptionView[]> {
    const me = employeeOf(user);
    const em = this.dataSource.manager;
    const card = (await this.lookup.shifts(em, user.organisationId, [shiftId])).get(shiftId);
    const now = this.clock.now().getTime();
    assertOwnOfferable(card, me, now, 'shiftId');
    const from = Math.max(now, card!.start - EXCHANGE_WINDOW_DAYS * DAY_MS);
    const to = card!.start + (EXCHANGE_WINDOW_DAYS + 1) * DAY_MS;
    const options = await this.lookup.colleagueShifts(
      em,
      user.organisationId,
      card!.departmentId,
      me,
      new Date(from),
      new Date(to),
    );
    const people = await this.lookup.people(em, user.organisationId, [me, ...options.map((o) => o.employeeId!)]);
    const mine = people.get(me)!;
    return options
      .filter((o) => {
        const holder = people.get(o.employeeId!);
        return holder && holder.active && sameWork(mine, holder);
      })
      .map((o) => ({ shift: exchangeShiftView(o), holder: person(people.get(o.employeeId!)!) }));
  }

  async offer(user: AuthUser, dto: OfferSwapDto): Promise<SwapView> {
    const me = employeeOf(user);
    const org = user.organisationId;
    const swap = await this.dataSource.transaction(async (em) => {
      const now = this.clock.now().getTime();
      const ids = [dto.offeredShiftId, ...(dto.requestedShiftId ? [dto.requestedShiftId] : [])];
      const locked = await this.reassignment.lockForReassignment(em, org, ids, []);
      const cards = await this.lookup.shifts(em, org, ids);
      const offered = cards.get(dto.offeredShiftId);
      assertOwnOfferable(offered, me, now, 'offeredShiftId');
      const people = await this.lookup.people(em, org, [me]);
      let requested: ShiftCard | null = null;
      if (dto.requestedShiftId) {
        requested = cards.get(dto.requestedShiftId) ?? null;
        if (dto.requestedShiftId === dto.offeredShiftId) requested = null;
        assertColleagueShift(requested, me, people.get(me)!, now);
      }
      if (await this.swaps.pendingForShift(em, dto.offeredShiftId)) {
        throw DomainError.alreadyExists('offeredShiftId', {
          sv: 'Passet är redan erbjudet i ett annat byte',
          en: 'The shift is already offered in another swap',
        });
      }
      const kind: SwapKind = requested ? 'exchange' : 'give-away';
      if (requested) {
        const colleague = requested.employeeId!;
        const all = await this.lookup.people(em, org, [me, colleague]);
        const result = await this.exchange.check(
          em,
          org,
          exchangeMoves(locked, offered!, requested, me, colleague, all),
          all,
          { viewer: me },
        );
        // Refused at once rather than asking a colleague to agree to what the rules forbid.
        if (result.refusals.length > 0) throw ruleRefusal(result, me);
      }
      const saved = await em.save(
        em.create(SwapEntity, {
          organisationId: org,
          kind,
          status: 'offered',
          offeredShiftId: offered!.id,
          offeredShiftVersion: offered!.version,
          fromEmployeeId: me,
          toEmployeeId: requested?.employeeId ?? null,
          requestedShiftId: requested?.id ?? null,
          requestedShiftVersion: requested?.version ?? null,
          departmentIds: [...new Set([offered!.departmentId, ...(requested ? [requested.departmentId] : [])])],
          message: dto.message ?? null,
        }),
      );
      await this.audit.record(em, user, {
        action: 'offer',
        entityType: 'shift-swap',
        entityId: saved.id,
        after: saved,
      });
      const name = people.get(me)!.name;
      if (requested) {
        await this.notifications.notifyEmployees(em, org, [requested.employeeId!], {
          ...messages.offeredToColleague(name, offered!, requested, saved.message),
        });
      } else {
        const eligible = await this.giveAways.eligible(em, org, saved, offered!, people.get(me)!, now);
        await this.notifications.notifyEmployees(
          em,
          org,
          eligible,
          messages.offeredToAnyone(name, offered!, saved.message),
        );
      }
      return saved;
    });
    return (await this.swapViews.build(this.dataSource.manager, user, [swap]))[0];
  }

  async accept(user: AuthUser, id: string, dto: SwapAnswerDto): Promise<SwapView> {
    const me = employeeOf(user);
    const org = user.organisationId;
    const swap = await this.dataSource.transaction(async (em) => {
      const swap = await this.loadForAnswer(em, user, id, dto.version);
      if (swap.kind === 'give-away') {
        const person = (await this.lookup.people(em, org, [me])).get(me);
        if (!person || !swap.departmentIds.every((d) => person.workplaces.includes(d)))
          throw DomainError.notFound(SWAP);
      } else if (swap.toEmployeeId !== me) {
        throw DomainError.notFound(SWAP);
      }
      const colleague = me;
      const { locked, cards, stale } = await this.lockSwap(em, org, swap, colleague);
      if (stale) return this.refuse(em, user, swap, cards, 'roster-changed', [stale], []);
      const people = await this.lookup.people(em, org, [swap.fromEmployeeId, colleague]);
      const result = await this.exchange.check(em, org, this.movesOf(swap, locked, cards, colleague, people), people, {
        viewer: colleague,
      });
      // A give-away stays open for others when this colleague may not take it.
      if (swap.kind === 'give-away' && result.refusals.length > 0) throw ruleRefusal(result, colleague);
      swap.toEmployeeId = colleague;
      swap.answeredAt = this.clock.now();
      const mode = await this.approvalMode(em, swap.departmentIds);
      const outcome = outcomeOfAcceptance(mode, { hard: result.refusals.length, soft: result.warnings.length });
      await this.audit.record(em, user, { action: 'accept', entityType: 'shift-swap', entityId: swap.id });
      if (outcome === 'refused') {
        return this.refuse(em, user, swap, cards, 'rules', result.problems, result.violations);
      }
      if (outcome === 'approved') return this.apply(em, user, swap, locked, cards, people, result.violations);
      swap.status = 'awaiting-approval';
      swap.reasons = [];
      swap.findings = result.violations;
      const saved = await em.save(swap);
      const offered = cards.get(swap.offeredShiftId)!;
      const requested = swap.requestedShiftId ? cards.get(swap.requestedShiftId)! : null;
      const from = people.get(swap.fromEmployeeId)!.name;
      const to = people.get(colleague)!.name;
      await this.notifications.notifyEmployees(
        em,
        org,
        [swap.fromEmployeeId],
        messages.acceptedAwaitingApproval(to, offered),
      );
      for (const departmentId of swap.departmentIds) {
        await this.notifications.notifySchedulers(
          em,
          org,
          departmentId,
          messages.awaitingApproval(from, to, offered, requested, result.warnings.length),
        );
      }
      return saved;
    });
    return (await this.swapViews.build(this.dataSource.manager, user, [swap]))[0];
  }

  async decline(user: AuthUser, id: string, dto: SwapAnswerDto): Promise<SwapView> {
    const me = employeeOf(user);
    const swap = await this.dataSource.transaction(async (em) => {
      const swap = await this.loadForAnswer(em, user, id, dto.version);
      if (swap.kind !== 'exchange' || swap.toEmployeeId !== me) throw DomainError.notFound(SWAP);
      swap.status = 'declined';
      swap.answeredAt = this.clock.now();
      const saved = await em.save(swap);
      await this.audit.record(em, user, { action: 'decline', entityType: 'shift-swap', entityId: swap.id });
      const cards = await this.lookup.shifts(em, user.organisationId, [swap.offeredShiftId]);
      const people = await this.lookup.people(em, user.organisationId, [me]);
      await this.notifications.notifyEmployees(
        em,
        user.organisationId,
        [swap.fromEmployeeId],
        messages.declined(people.get(me)!.name, cards.get(swap.offeredShiftId)!),
      );
      return saved;
    });
    return (await this.swapViews.build(this.dataSource.manager, user, [swap]))[0];
  }

  async withdraw(user: AuthUser, id: string, dto: SwapAnswerDto): Promise<SwapView> {
    const me = employeeOf(user);
    const swap = await this.dataSource.transaction(async (em) => {
      const swap = await this.swaps.findForUpdate(em, user.organisationId, id);
      if (!swap || swap.fromEmployeeId !== me) throw DomainError.notFound(SWAP);
      assertSwapVersion(swap, dto.version);
      if (swap.status !== 'offered' && swap.status !== 'awaiting-approval') throw notPending();
      swap.status = 'withdrawn';
      const saved = await em.save(swap);
      await this.audit.record(em, user, { action: 'withdraw', entityType: 'shift-swap', entityId: swap.id });
      if (swap.toEmployeeId) {
        const cards = await this.lookup.shifts(em, user.organisationId, [swap.offeredShiftId]);
        const people = await this.lookup.people(em, user.organisationId, [me]);
        await this.notifications.notifyEmployees(
          em,
          user.organisationId,
          [swap.toEmployeeId],
          messages.withdrawn(people.get(me)!.name, cards.get(swap.offeredShiftId)!),
        );
      }
      return saved;
    });
    return (await this.swapViews.build(this.dataSource.manager, user, [swap]))[0];
  }

  /** The scheduler's answer to an accepted swap: approving re-checks versions and rules, then applies. */
  async decide(user: AuthUser, id: string, dto: SwapDecisionDto): Promise<SwapView> {
    const org = user.organisationId;
    const swap = await this.dataSource.transaction(async (em) => {
      const swap = await this.swaps.findForUpdate(em, org, id);
      if (!swap) throw DomainError.notFound(SWAP);
      if (user.role !== 'admin') {
        const managed = swap.departmentIds.filter((d) => user.managedDepartmentIds.includes(d));
        if (managed.length === 0) throw DomainError.notFound(SWAP);
        if (managed.length < swap.departmentIds.length) throw DomainError.forbidden();
      }
      assertSwapVersion(swap, dto.version);
      if (swap.status !== 'awaiting-approval') {
        throw new DomainError('INVALID_TRANSITION', {
          sv: 'Bytet väntar inte på godkännande',
          en: 'The swap is not waiting for approval',
        });
      }
      swap.decidedAt = this.clock.now();
      swap.decidedByUserId = user.userId;
      await this.audit.record(em, user, { action: dto.decision, entityType: 'shift-swap', entityId: swap.id });
      const colleague = swap.toEmployeeId!;
      const { locked, cards, stale } = await this.lockSwap(em, org, swap, colleague);
      if (dto.decision === 'reject') {
        const reason = {
          sv: `Schemaläggaren godkände inte bytet: ${dto.reason}`,
          en: `The scheduler did not approve the swap: ${dto.reason}`,
        };
        return this.refuse(em, user, swap, cards, 'scheduler', [reason], swap.findings as Violation[]);
      }
      if (stale) return this.refuse(em, user, swap, cards, 'roster-changed', [stale], []);
      const people = await this.lookup.people(em, org, [swap.fromEmployeeId, colleague]);
      const result = await this.exchange.check(em, org, this.movesOf(swap, locked, cards, colleague, people), people);
      if (result.refusals.length > 0) {
        return this.refuse(em, user, swap, cards, 'rules', result.problems, result.violations);
      }
      return this.apply(em, user, swap, locked, cards, people, result.violations);
    });
    return (await this.swapViews.build(this.dataSource.manager, user, [swap]))[0];
  }

  /** Gives each shift to the other person (one transaction with the checks) and tells both. */
  private async apply(
    em: EntityManager,
    actor: AuthUser,
    swap: SwapEntity,
    locked: Locked[],
    cards: Map<string, ShiftCard>,
    people: Map<string, Person>,
    findings: Violation[],
  ): Promise<SwapEntity> {
    const colleague = swap.toEmployeeId!;
    await this.shifts.applyReassignment(em, actor, this.movesOf(swap, locked, cards, colleague, people), {
      reason: swap.kind === 'exchange' ? 'Passbyte' : 'Passbyte (överlämnat pass)',
      source: 'swap',
      notify: false,
    });
    swap.status = 'approved';
    swap.decidedAt ??= this.clock.now();
    swap.reasons = [];
    swap.findings = findings;
    const saved = await em.save(swap);
    const offered = cards.get(swap.offeredShiftId)!;
    const requested = swap.requestedShiftId ? cards.get(swap.requestedShiftId)! : null;
    await this.notifications.notifyEmployees(
      em,
      actor.organisationId,
      [swap.fromEmployeeId],
      messages.approved(offered, requested),
    );
    await this.notifications.notifyEmployees(
      em,
      actor.organisationId,
      [colleague],
      messages.approved(requested, offered),
    );
    return saved;
  }

  /**
   * Ends the swap as refused: `problems` are the reasons that are not rules (stored as they are),
   * `findings` the rules engine's. Each person is told in words they may read (their own findings
   * in full, the other's as the rule only).
   */
  private async refuse(
    em: EntityManager,
    actor: AuthUser,
    swap: SwapEntity,
    cards: Map<string, ShiftCard>,
    by: 'rules' | 'scheduler' | 'roster-changed',
    problems: LocalizedText[],
    findings: Violation[],
  ): Promise<SwapEntity> {
    swap.status = 'refused';
    swap.refusedBy = by;
    swap.reasons = problems;
    swap.findings = findings;
    const saved = await em.save(swap);
    await this.audit.record(em, actor, {
      action: 'refuse',
      entityType: 'shift-swap',
      entityId: swap.id,
      after: { refusedBy: by, reasons: problems, findings },
    });
    const offered = cards.get(swap.offeredShiftId)!;
    const recipients = [swap.fromEmployeeId, ...(swap.toEmployeeId ? [swap.toEmployeeId] : [])];
    const people = await this.lookup.people(em, actor.organisationId, [
      ...recipients,
      ...findings.map((v) => v.employeeId),
    ]);
    for (const recipient of recipients) {
      const { refusals } = this.exchange.explain(problems, findings, people, recipient);
      await this.notifications.notifyEmployees(
        em,
        actor.organisationId,
        [recipient],
        messages.refused(offered, refusals),
      );
    }
    return saved;
  }

  /**
   * Locks the swap's shifts (with periods and people) and says why it can no longer be made, if
   * so: a shift changed since the offer (version or holder), started, or its period was locked.
   */
  private async lockSwap(
    em: EntityManager,
    organisationId: string,
    swap: SwapEntity,
    colleague: string,
  ): Promise<{ locked: Locked[]; cards: Map<string, ShiftCard>; stale: LocalizedText | null }> {
    const ids = [swap.offeredShiftId, ...(swap.requestedShiftId ? [swap.requestedShiftId] : [])];
    const locked = await this.reassignment.lockForReassignment(em, organisationId, ids, [
      swap.fromEmployeeId,
      colleague,
    ]);
    const cards = await this.lookup.shifts(em, organisationId, ids);
    const now = this.clock.now().getTime();
    const expected: [string, number, string | null][] = [
      [swap.offeredShiftId, swap.offeredShiftVersion, swap.fromEmployeeId],
      ...(swap.requestedShiftId
        ? [[swap.requestedShiftId, swap.requestedShiftVersion!, swap.toEmployeeId] as [string, number, string | null]]
        : []),
    ];
    for (const [shiftId, version, holder] of expected) {
      const entry = locked.find((l) => l.shift.id === shiftId);
      const card = cards.get(shiftId)!;
      if (!entry || entry.shift.version !== version || entry.shift.employeeId !== holder) {
        return {
          locked,
          cards,
          stale: {
            sv: `Passet ${messages.describeShift(card)} har ändrats sedan bytet erbjöds.`,
            en: `The shift ${messages.describeShift(card)} has changed since the swap was offered.`,
          },
        };
      }
      if (card.start <= now || entry.period.state !== 'published') {
        return {
          locked,
          cards,
          stale: {
            sv: `Passet ${messages.describeShift(card)} har redan börjat eller kan inte längre ändras.`,
            en: `The shift ${messages.describeShift(card)} has already started or can no longer be changed.`,
          },
        };
      }
    }
    return { locked, cards, stale: null };
  }

  /** The offered shift to the colleague; in an exchange, the colleague's shift to the offerer. */
  private movesOf(
    swap: SwapEntity,
    locked: Locked[],
    cards: Map<string, ShiftCard>,
    colleague: string,
    people: Map<string, Person>,
  ): CheckedMove[] {
    const offered = cards.get(swap.offeredShiftId)!;
    if (!swap.requestedShiftId) {
      const entry = locked.find((l) => l.shift.id === swap.offeredShiftId)!;
      return [
        {
          ...entry,
          employeeId: colleague,
          requiredProfession: people.get(swap.fromEmployeeId)?.profession ?? null,
          departmentName: offered.departmentName,
        },
      ];
    }
    return exchangeMoves(locked, offered, cards.get(swap.requestedShiftId)!, swap.fromEmployeeId, colleague, people);
  }

  private async loadForAnswer(
    em: EntityManager,
    user: AuthUser,
    id: string,
    version: number | undefined,
  ): Promise<SwapEntity> {
    const swap = await this.swaps.findForUpdate(em, user.organisationId, id);
    if (!swap) throw DomainError.notFound(SWAP);
    if (swap.fromEmployeeId === user.employeeId) {
      throw new DomainError('FORBIDDEN', {
        sv: 'Du kan inte svara på ditt eget byte',
        en: 'You cannot answer your own swap',
      });
    }
    assertSwapVersion(swap, version);
    if (swap.status !== 'offered') throw notPending();
    return swap;
  }

  /** Automatic only where every department of the swap says so. */
  private async approvalMode(em: EntityManager, departmentIds: string[]): Promise<'scheduler' | 'automatic'> {
    for (const departmentId of departmentIds) {
      if ((await this.settings.of(em, departmentId)).swapApproval !== 'automatic') return 'scheduler';
    }
    return 'automatic';
  }
}
