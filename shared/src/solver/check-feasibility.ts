// Contradictions that no search can repair, found before searching so that a run on bad input
// ends at once with reasons (fixed shifts that break a rule by themselves, limits that cannot
// all hold), and needs nobody can cover (soft, reported with the proposal).
import { OFF, type CompiledModel } from './compile-model';
import type { HardRule } from './evaluate';
import type { SolverModel } from './model';
import { scanWeeklyRest } from './weekly-rest';

export interface Infeasibility {
  employee: string;
  rule: HardRule;
  fromDay?: number;
  toDay?: number;
  message: string;
}

export interface UncoverableNeed {
  day: number;
  shiftType: string;
  skill?: string;
  missing: number;
  reason: 'nobody-qualified' | 'nobody-available';
}

export function checkFeasibility(model: SolverModel, cm: CompiledModel): Infeasibility[] {
  const { H, S } = cm;
  const out: Infeasibility[] = [];
  const fixedOnly = cm.fixed.map((v) => Math.max(OFF, v));
  model.employees.forEach((em, e) => {
    const id = em.id;
    const unavailable = new Set((em.unavailable ?? []).map((u) => `${u.day}:${u.shiftType ?? '*'}`));
    const fixedAt = (d: number): number => cm.fixed[e * H + d];
    let fixedMinutes = 0;
    const fixedType = new Int32Array(S);
    const fixedWeekend = new Set<number>();
    let run = 0;
    for (let d = 0; d < H; d++) {
      const v = fixedAt(d);
      if (v >= 0) {
        const sid = cm.shiftIds[v];
        if (unavailable.has(`${d}:*`) || unavailable.has(`${d}:${sid}`)) {
          out.push({ employee: id, rule: 'unavailable', fromDay: d, toDay: d, message: `${id} is fixed to ${sid} on day ${d} but unavailable then` });
        }
        if (!cm.eligible[e * S + v]) {
          out.push({ employee: id, rule: 'qualification', fromDay: d, toDay: d, message: `${id} is fixed to ${sid} on day ${d} but may not work ${sid}` });
        }
        if (d > 0 && fixedAt(d - 1) >= 0 && cm.forbid[((d - 1) * S + fixedAt(d - 1)) * S + v]) {
          out.push({ employee: id, rule: 'forbidden-succession', fromDay: d - 1, toDay: d, message: `${id} is fixed to ${cm.shiftIds[fixedAt(d - 1)]} then ${sid}, a forbidden succession` });
        }
        fixedMinutes += cm.shiftMinutes[v];
        fixedType[v]++;
        const k = cm.weekendOfCell[d * S + v];
        if (k >= 0) fixedWeekend.add(k);
        run++;
        if (run === cm.maxCons[e] + 1) {
          out.push({ employee: id, rule: 'max-consecutive-shifts', fromDay: d - run + 1, toDay: d, message: `${id} has more than ${cm.maxCons[e]} fixed shifts in a row` });
        }
      } else run = 0;
    }
    for (let s = 0; s < S; s++) {
      if (fixedType[s] > cm.maxByType[e * S + s]) {
        out.push({ employee: id, rule: 'max-shifts-of-type', message: `${id} has ${fixedType[s]} fixed ${cm.shiftIds[s]} shifts, more than the cap ${cm.maxByType[e * S + s]}` });
      }
    }
    if (fixedMinutes > cm.maxMinutes[e]) {
      out.push({ employee: id, rule: 'max-minutes', message: `${id}'s fixed shifts total ${fixedMinutes} minutes, more than the maximum ${cm.maxMinutes[e]}` });
    }
    if (fixedWeekend.size > cm.maxWeekends[e]) {
      out.push({ employee: id, rule: 'max-weekends', message: `${id}'s fixed shifts fall on ${fixedWeekend.size} weekends, more than the maximum ${cm.maxWeekends[e]}` });
    }
    // The fixed shifts alone, every other day off: a week without rest now has none whatever is added.
    scanWeeklyRest(cm, fixedOnly, e, (first) => {
      out.push({ employee: id, rule: 'weekly-rest', fromDay: first, toDay: first + 6, message: `${id}'s fixed shifts leave no weekly rest of ${cm.wrMinutes[e]} minutes in days ${first}–${first + 6}` });
    });
    if (cm.minMinutes[e] > cm.maxMinutes[e]) {
      out.push({ employee: id, rule: 'min-minutes', message: `${id}'s minimum ${cm.minMinutes[e]} minutes is above the maximum ${cm.maxMinutes[e]}` });
      return;
    }
    const upper = maxWorkableMinutes(cm, e);
    if (cm.minMinutes[e] > upper.minutes) {
      out.push({
        employee: id,
        rule: 'min-minutes',
        message: `${id}'s minimum ${cm.minMinutes[e]} minutes is higher than possible: at most ${upper.minutes} minutes can be worked (${upper.reason})`,
      });
    }
  });
  return out;
}

/** An upper bound on the minutes employee e can work, with the limit that gives it. */
export function maxWorkableMinutes(cm: CompiledModel, e: number): { minutes: number; reason: string } {
  const { H, S } = cm;
  let byDays = 0;
  let workDays = 0;
  let longest = 0;
  for (let d = 0; d < H; d++) {
    let best = -1;
    for (let s = 0; s < S; s++) if (cm.allowed[(e * H + d) * S + s]) best = Math.max(best, cm.shiftMinutes[s]);
    if (best >= 0) {
      byDays += best;
      workDays++;
      longest = Math.max(longest, best);
    }
  }
  let byCaps = 0;
  for (let s = 0; s < S; s++) if (cm.eligible[e * S + s]) byCaps += Math.min(cm.maxByType[e * S + s], H) * cm.shiftMinutes[s];
  // With runs of at most c shifts each followed by at least m days off, at most
  // c of every c + m days can be worked (plus a final partial run).
  const c = cm.maxCons[e];
  const m = cm.minOff[e];
  const cycles = Math.floor(H / (c + m));
  const byRuns = (cycles * c + Math.min(c, H - cycles * (c + m))) * longest;
  const candidates = [
    { minutes: byDays, reason: `${workDays} days on which a shift is allowed` },
    { minutes: byCaps, reason: 'the per-shift-type caps' },
    { minutes: byRuns, reason: `at most ${c} shifts in a row with ${m} days off between runs` },
  ];
  return candidates.reduce((a, b) => (b.minutes < a.minutes ? b : a));
}

export function findUncoverableNeeds(cm: CompiledModel): UncoverableNeed[] {
  const { E, H, S } = cm;
  const out: UncoverableNeed[] = [];
  for (let r = 0; r < cm.R; r++) {
    const want = Math.max(cm.reqTarget[r], cm.reqMin[r]);
    if (want === 0) continue;
    const d = cm.reqDay[r];
    const s = cm.reqShift[r];
    const k = cm.reqSkill[r];
    let qualified = 0;
    let available = 0;
    for (let e = 0; e < E; e++) {
      if (k >= 0 && !cm.empSkill[e * cm.K + k]) continue;
      if (!cm.eligible[e * S + s]) continue;
      qualified++;
      if (cm.allowed[(e * H + d) * S + s]) available++;
    }
    if (available > 0) continue;
    out.push({
      day: d,
      shiftType: cm.shiftIds[s],
      skill: k >= 0 ? cm.skillIds[k] : undefined,
      missing: want,
      reason: qualified === 0 ? 'nobody-qualified' : 'nobody-available',
    });
  }
  return out;
}
