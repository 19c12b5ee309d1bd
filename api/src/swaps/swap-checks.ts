import { type Profession, canCoverProfession } from '@bemanna/shared';
import type { AuthUser } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import type { CheckedMove, ExchangeCheck } from '../shift-exchange/exchange-check.service';
import type { Person, ShiftCard } from '../shift-exchange/exchange-lookup';
import type { ShiftReassignmentService } from '../shifts/shift-reassignment.service';
import type { SwapEntity } from './swap.entity';

// What a swap must satisfy before anything is checked by the rules engine, and how its moves and
// refusals are put together.

/** A shift of the swap locked with its period. */
export type Locked = Awaited<ReturnType<ShiftReassignmentService['lockForReassignment']>>[number];

export function employeeOf(user: AuthUser): string {
  if (!user.employeeId) {
    throw new DomainError('FORBIDDEN', {
      sv: 'Din inloggning är inte kopplad till en anställd',
      en: 'Your login is not linked to an employee',
    });
  }
  return user.employeeId;
}

/** Only one's own published shift that has not started can be offered. */
export function assertOwnOfferable(card: ShiftCard | undefined, me: string, now: number, field: string): void {
  if (!card || card.employeeId !== me) {
    throw DomainError.invalid(field, {
      sv: 'Du kan bara byta bort dina egna pass',
      en: 'You can only swap away your own shifts',
    });
  }
  if (card.periodState !== 'published') {
    throw DomainError.invalid(field, { sv: 'Passet är inte publicerat', en: 'The shift is not published' });
  }
  if (card.start <= now) {
    throw DomainError.invalid(field, {
      sv: 'Passet har redan börjat och kan inte bytas',
      en: 'The shift has already started and cannot be swapped',
    });
  }
}

/** The colleague's shift asked for in an exchange: published, not started, in a department one works in. */
export function assertColleagueShift(card: ShiftCard | null, me: string, mine: Person, now: number): void {
  const field = 'requestedShiftId';
  if (!card || !mine.workplaces.includes(card.departmentId) || card.periodState !== 'published') {
    throw DomainError.invalid(field, { sv: 'Okänt pass', en: 'Unknown shift' });
  }
  if (!card.employeeId || card.employeeId === me) {
    throw DomainError.invalid(field, {
      sv: 'Välj ett pass som en kollega har',
      en: 'Choose a shift a colleague works',
    });
  }
  if (card.start <= now) {
    throw DomainError.invalid(field, {
      sv: 'Passet har redan börjat och kan inte bytas',
      en: 'The shift has already started and cannot be swapped',
    });
  }
}

export function exchangeMoves(
  locked: Locked[],
  offered: ShiftCard,
  requested: ShiftCard,
  from: string,
  colleague: string,
  people: Map<string, Person>,
): CheckedMove[] {
  const entry = (id: string) => locked.find((l) => l.shift.id === id)!;
  return [
    {
      ...entry(offered.id),
      employeeId: colleague,
      requiredProfession: people.get(from)?.profession ?? null,
      departmentName: offered.departmentName,
    },
    {
      ...entry(requested.id),
      employeeId: from,
      requiredProfession: people.get(colleague)?.profession ?? null,
      departmentName: requested.departmentName,
    },
  ];
}

export function sameWork(a: Person, b: Person): boolean {
  return (
    canCoverProfession(a.profession as Profession, b.profession as Profession) &&
    canCoverProfession(b.profession as Profession, a.profession as Profession)
  );
}

/** A 422 for the one asking: the reasons as they may read them, and only their own findings. */
export function ruleRefusal(result: ExchangeCheck, viewer: string): DomainError {
  return new DomainError(
    'RULE_VIOLATION',
    {
      sv: `Bytet går inte: ${result.refusals.map((r) => r.sv).join(' ')}`,
      en: `The swap is not possible: ${result.refusals.map((r) => r.en).join(' ')}`,
    },
    [],
    {
      reasons: result.refusals,
      violations: result.violations.filter((v) => v.severity === 'hard' && v.employeeId === viewer),
    },
  );
}

export function notPending(): DomainError {
  return new DomainError('INVALID_TRANSITION', {
    sv: 'Bytet är redan avgjort',
    en: 'The swap has already been settled',
  });
}

export function assertSwapVersion(swap: SwapEntity, version: number | undefined): void {
  if (version !== undefined && version !== swap.version)
    throw DomainError.versionConflict({ id: swap.id, version: swap.version });
}

export function person(p: Person): { employeeId: string; name: string } {
  return { employeeId: p.id, name: p.name };
}
