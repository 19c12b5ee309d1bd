import { Injectable } from '@nestjs/common';
import type { SwapKind, SwapStatus, Violation } from '@bemanna/shared';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { ExchangeCheckService } from '../shift-exchange/exchange-check.service';
import { ExchangeLookup } from '../shift-exchange/exchange-lookup';
import { exchangeShiftView } from '../shift-exchange/exchange.view';
import type { SwapView } from './swap.dto';
import type { SwapEntity } from './swap.entity';
import { person } from './swap-checks';

/** What each reader sees of swaps: their part, and the reasons in words they may read. */
@Injectable()
export class SwapViews {
  constructor(
    private readonly lookup: ExchangeLookup,
    private readonly exchange: ExchangeCheckService,
  ) {}

  async build(em: EntityManager, user: AuthUser, swaps: SwapEntity[]): Promise<SwapView[]> {
    const shiftIds = swaps.flatMap((s) => [s.offeredShiftId, ...(s.requestedShiftId ? [s.requestedShiftId] : [])]);
    const cards = await this.lookup.shifts(em, user.organisationId, shiftIds);
    const people = await this.lookup.people(
      em,
      user.organisationId,
      swaps.flatMap((s) => [
        s.fromEmployeeId,
        ...(s.toEmployeeId ? [s.toEmployeeId] : []),
        ...(s.findings as Violation[]).map((v) => v.employeeId),
      ]),
    );
    // An employee reads their own findings in full and a colleague's as the rule only.
    const viewer = user.role === 'employee' ? user.employeeId : null;
    return swaps.map((s) => {
      const findings = s.findings as Violation[];
      const explained = this.exchange.explain(s.reasons, findings, people, viewer);
      const requested = s.requestedShiftId ? cards.get(s.requestedShiftId) : undefined;
      const role: SwapView['role'] =
        user.employeeId === s.fromEmployeeId
          ? 'mine'
          : user.employeeId && user.employeeId === s.toEmployeeId
            ? 'to-me'
            : user.role === 'employee'
              ? 'open-to-me'
              : 'other';
      return {
        id: s.id,
        kind: s.kind as SwapKind,
        status: s.status as SwapStatus,
        offered: exchangeShiftView(cards.get(s.offeredShiftId)!),
        requested: requested ? exchangeShiftView(requested) : null,
        from: person(people.get(s.fromEmployeeId)!),
        to: s.toEmployeeId ? person(people.get(s.toEmployeeId)!) : null,
        message: s.message,
        reasons:
          s.status === 'refused' ? explained.refusals : s.status === 'awaiting-approval' ? explained.warnings : [],
        findings: viewer ? findings.filter((v) => v.employeeId === viewer) : findings,
        refusedBy: s.refusedBy as SwapView['refusedBy'],
        role,
        createdAt: s.createdAt.toISOString(),
        answeredAt: s.answeredAt?.toISOString() ?? null,
        decidedAt: s.decidedAt?.toISOString() ?? null,
        version: s.version,
      };
    });
  }
}
