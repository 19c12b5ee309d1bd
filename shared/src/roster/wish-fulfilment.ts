// Önskemål: how many of the staff's wishes a roster meets, per person and for the department,
// and the spread between people, so a scheduler can see whether the roster is fair.
import { type CivilDate } from '../time/stockholm';

export const WISH_KINDS = ['shift-type', 'free', 'can-work'] as const;
export type WishKind = (typeof WISH_KINDS)[number];

export interface Wish {
  employeeId: string;
  date: CivilDate;
  kind: WishKind;
  shiftTypeId: string | null;
}

export interface WishShift {
  employeeId: string;
  /** Stockholm date the shift starts on. */
  date: CivilDate;
  shiftTypeId: string | null;
}

export interface WishOutcome extends Wish {
  /** null for "can work": an offer, not something to meet. */
  met: boolean | null;
}

export interface WishFulfilment {
  outcomes: WishOutcome[];
  perEmployee: Record<string, { wishes: number; met: number; share: number }>;
  wishes: number;
  met: number;
  /** Share of wishes met, 0–1 (1 when nobody wished anything). */
  share: number;
  /** Highest minus lowest share between employees who wished something. */
  spread: number;
}

export function wishFulfilment(wishes: readonly Wish[], shifts: readonly WishShift[]): WishFulfilment {
  const worked = new Map<string, (string | null)[]>();
  for (const s of shifts) {
    const key = `${s.employeeId}|${s.date}`;
    worked.set(key, [...(worked.get(key) ?? []), s.shiftTypeId]);
  }
  const outcomes = wishes.map((w): WishOutcome => {
    const types = worked.get(`${w.employeeId}|${w.date}`) ?? [];
    switch (w.kind) {
      case 'free':
        return { ...w, met: types.length === 0 };
      case 'shift-type':
        return { ...w, met: types.includes(w.shiftTypeId) };
      case 'can-work':
        return { ...w, met: null };
    }
  });
  const perEmployee: WishFulfilment['perEmployee'] = {};
  for (const o of outcomes) {
    if (o.met === null) continue;
    const entry = (perEmployee[o.employeeId] ??= { wishes: 0, met: 0, share: 0 });
    entry.wishes += 1;
    if (o.met) entry.met += 1;
  }
  for (const entry of Object.values(perEmployee)) entry.share = entry.met / entry.wishes;
  const counted = Object.values(perEmployee);
  const total = counted.reduce((n, e) => n + e.wishes, 0);
  const met = counted.reduce((n, e) => n + e.met, 0);
  const shares = counted.map((e) => e.share);
  return {
    outcomes,
    perEmployee,
    wishes: total,
    met,
    share: total === 0 ? 1 : met / total,
    spread: shares.length === 0 ? 0 : Math.max(...shares) - Math.min(...shares),
  };
}
