import { addDays, daysBetween, instantAtLocalTime } from '../time/stockholm';
import { generateRoster, type GenerationResult } from './generate-roster';
import type { GenerationInput, GenerationShift } from './generation-input';
import { rankReplacements } from './replacement-candidates';
import { rosterShifts } from './roster-shifts';
import { buildGenerationModel } from './build-model';
import { DEFAULT_GENERATION_WEIGHTS } from './generation-weights';
import { createdShifts, syntheticRegion } from './synthetic-region.test-support';

/** Runs a generation to the end with an iteration-free fake clock: each step advances 5 ms. */
function run(input: GenerationInput, seconds = 1, seed = 1): GenerationResult {
  let now = 0;
  const gen = generateRoster(input, { seed, timeLimitMs: seconds * 1000, clock: () => (now += 5) });
  let r = gen.next();
  while (!r.done) r = gen.next();
  return r.value;
}

function proposalOf(result: GenerationResult) {
  if (result.status !== 'proposal') throw new Error(`expected a proposal, got ${JSON.stringify(result).slice(0, 500)}`);
  return result.proposal;
}

/** The roster after accepting every change, checked from scratch by the rules engine. */
function hardFindingsAfterAccepting(input: GenerationInput, result: GenerationResult) {
  const proposal = proposalOf(result);
  const removed = new Set(proposal.changes.filter((c) => c.kind === 'remove').map((c) => c.shiftId));
  const assigned = new Map(proposal.changes.filter((c) => c.kind === 'assign').map((c) => [c.shiftId, c.employeeId]));
  const shifts = input.shifts
    .filter((s) => !removed.has(s.id))
    .map((s) => ({ ...s, employeeId: assigned.get(s.id) ?? s.employeeId }))
    .filter((s): s is GenerationShift & { employeeId: string } => s.employeeId !== null);
  const created = createdShifts(proposal);
  const touched = new Set([...created.map((c) => c.employeeId), ...assigned.values()]);
  const newIds = new Set([...created.map((c) => c.id), ...assigned.keys()]);
  const check = buildGenerationModel(input).check;
  return check
    .check([...touched], [...shifts, ...created])
    .violations.filter((v) => v.severity === 'hard' && v.shiftIds.some((id) => newIds.has(id as string)));
}

const small = (seed: number, overrides: Partial<GenerationInput> = {}): GenerationInput => ({
  ...syntheticRegion({ departments: 1, employees: 14, weeks: 2, start: '2026-03-23', seed, needScale: 0.5 }),
  ...overrides,
});

describe('generateRoster', () => {
  it('gives everyone who may work nights a share of the night cover in proportion to contract hours', () => {
    const input = small(1);
    const gm = buildGenerationModel(input);
    const nightIds = input.shiftTypes.filter((t) => t.endMinute <= t.startMinute).map((t) => t.id);
    const nightTarget = gm.model.cover.filter((c) => nightIds.includes(c.shiftType)).reduce((m, c) => m + c.target, 0);
    const withShare = gm.model.employees.filter((e) => e.shareLimits);
    expect(withShare.length).toBeGreaterThan(input.employees.length / 2);
    for (const spec of withShare) {
      expect(spec.shareLimits).toEqual([
        {
          shiftTypes: nightIds.filter((id) => spec.maxShiftsByType?.[id] !== 0),
          share: expect.any(Number),
          weightPerShift: 20,
          floor: expect.any(Number),
          weightPerMissing: 20,
        },
      ]);
      const { share, floor } = spec.shareLimits![0];
      expect(share - floor!).toBeGreaterThanOrEqual(0);
      expect(share - floor!).toBeLessThanOrEqual(1);
    }
    const shares = withShare.map((e) => e.shareLimits![0].share);
    // Rounded up per person: the shares cover the night cover, with less than one night to spare each.
    const total = shares.reduce((m, x) => m + x, 0);
    expect(total).toBeGreaterThanOrEqual(nightTarget);
    expect(total).toBeLessThan(nightTarget + shares.length);
    // Rounded down: the floors ask for no more nights than the cover, short by less than one each.
    const floors = withShare.reduce((m, e) => m + e.shareLimits![0].floor!, 0);
    expect(floors).toBeLessThanOrEqual(nightTarget);
    expect(floors).toBeGreaterThan(nightTarget - shares.length);
    // Same profession and leave, more hours: never a smaller share.
    const hoursOf = new Map(input.employees.map((e) => [e.id, e.fullTimeHoursPerWeek * e.employmentRate]));
    const absent = new Set(input.absences.map((a) => a.employeeId));
    const nurses = withShare.filter((e) => !absent.has(e.id) && input.employees.find((x) => x.id === e.id)!.profession === 'sjukskoterska');
    for (const a of nurses) {
      for (const b of nurses) {
        if (hoursOf.get(a.id)! > hoursOf.get(b.id)!) expect(a.shareLimits![0].share).toBeGreaterThanOrEqual(b.shareLimits![0].share);
      }
    }
  });

  it('covers the minimum needs of a small ward with a legal proposal', () => {
    const input = small(1);
    const result = run(input, 2);
    const proposal = proposalOf(result);
    expect(proposal.score.underCover.belowMinBefore).toBeGreaterThan(0);
    expect(proposal.score.underCover.belowMin).toBeLessThan(proposal.score.underCover.belowMinBefore);
    expect(proposal.changes.length).toBeGreaterThan(0);
    expect(proposal.check.hardViolations).toEqual([]);
    expect(hardFindingsAfterAccepting(input, result)).toEqual([]);
  });

  it('meets weekly rest in the search itself: no days pinned, no shift removed for it', () => {
    // Two whole weeks (Monday to Sunday) and no shifts elsewhere: nothing the model cannot see.
    const input = small(2);
    let now = 0;
    const gen = generateRoster(input, { seed: 1, timeLimitMs: 2000, clock: () => (now += 5) });
    let rounds = 0;
    let r = gen.next();
    while (!r.done) {
      rounds = Math.max(rounds, r.value.round);
      r = gen.next();
    }
    expect(rounds).toBe(0);
    const proposal = proposalOf(r.value);
    const weeklyRest = proposal.check.hardViolations.filter((v) => v.ruleId === 'weekly-rest');
    expect(weeklyRest).toEqual([]);
    expect(hardFindingsAfterAccepting(input, r.value)).toEqual([]);
  });

  it('never offers a shift with a hard violation: clock change, leave, shifts elsewhere, fixed nights', () => {
    // Periods across the March and October clock changes, with context shifts that tempt the
    // search into short rest and overlaps, and fixed night shifts.
    for (const [seed, start] of [
      [2, '2026-03-23'],
      [3, '2026-10-19'],
      [4, '2026-12-21'],
    ] as const) {
      const base = syntheticRegion({ departments: 1, employees: 14, weeks: 2, start, seed, needScale: 0.6 });
      const shifts: GenerationShift[] = [];
      base.employees.slice(0, 6).forEach((e, i) => {
        const day = addDays(start, 2 + i);
        shifts.push({
          id: `elsewhere-${i}`,
          employeeId: e.id,
          shiftTypeId: null,
          departmentId: 'other',
          start: instantAtLocalTime(day, 13 * 60),
          end: instantAtLocalTime(day, 22 * 60),
          breakMinutes: 30,
          kind: 'work',
          requiredSkillCode: null,
          fixed: true,
          version: 1,
          inScope: false,
        });
        shifts.push({
          id: `fixed-night-${i}`,
          employeeId: e.id,
          shiftTypeId: 'dep1-N',
          departmentId: 'dep1',
          start: instantAtLocalTime(addDays(day, 4), 21 * 60 + 15),
          end: instantAtLocalTime(addDays(day, 5), 7 * 60 + 15),
          breakMinutes: 45,
          kind: 'work',
          requiredSkillCode: null,
          fixed: true,
          version: 1,
          inScope: true,
        });
      });
      const fixedPeople = new Set(base.employees.slice(0, 6).map((e) => e.id));
      const input = { ...base, shifts, absences: base.absences.filter((a) => !fixedPeople.has(a.employeeId)) };
      const result = run(input, 1, seed);
      expect(proposalOf(result).check.hardViolations).toEqual([]);
      expect(hardFindingsAfterAccepting(input, result)).toEqual([]);
    }
  });

  it('keeps fixed shifts, replaces others only when asked, and fills open shifts', () => {
    const base = small(5);
    const emp = base.employees[0];
    const day = addDays(base.period.start, 1);
    const shift = (id: string, employeeId: string | null, fixed: boolean, date = day): GenerationShift => ({
      id,
      employeeId,
      shiftTypeId: 'dep1-D',
      departmentId: 'dep1',
      start: instantAtLocalTime(date, 7 * 60),
      end: instantAtLocalTime(date, 15 * 60 + 30),
      breakMinutes: 30,
      kind: 'work',
      requiredSkillCode: null,
      fixed,
      version: 3,
      inScope: true,
    });
    const input = {
      ...base,
      absences: [],
      shifts: [shift('manual', emp.id, true), shift('open', null, false, addDays(day, 1))],
    };
    const proposal = proposalOf(run(input, 1));
    expect(proposal.changes.some((c) => c.shiftId === 'manual')).toBe(false);
    const fill = proposal.changes.find((c) => c.shiftId === 'open');
    expect(fill).toMatchObject({ kind: 'assign', version: 3, shiftTypeId: 'dep1-D' });

    // A rolled-out shift on a day the employee wished free: replaced when allowed, kept otherwise.
    const rolled = { ...shift('rolled', emp.id, false), id: 'rolled' };
    const wishFree = [{ employeeId: emp.id, date: day, kind: 'free' as const, shiftTypeId: null }];
    const replace = proposalOf(run({ ...input, shifts: [rolled], wishes: wishFree }, 1));
    expect(replace.changes.find((c) => c.shiftId === 'rolled')).toMatchObject({ kind: 'remove', version: 3 });
    const keep = proposalOf(run({ ...input, shifts: [rolled], wishes: wishFree, keepExisting: true }, 1));
    expect(keep.changes.some((c) => c.shiftId === 'rolled')).toBe(false);
  });

  it("weighs the soft terms by the department's weights, scaled to whole numbers per minute", () => {
    const weights = { ...DEFAULT_GENERATION_WEIGHTS, belowMin: 3000, overTarget: 1, nightBeyondShare: 7, wishFree: 0, contractPerHour: 30 };
    const input = small(1, { weights });
    const { model } = buildGenerationModel(input);
    // 30 per hour is half a unit per minute: every weight doubles.
    const withMin = model.cover.filter((c) => c.min !== undefined && c.min > 0);
    expect(withMin.length).toBeGreaterThan(0);
    for (const c of withMin) expect([c.minWeight, c.underWeight, c.overWeight]).toEqual([6000, 120, 2]);
    const own = model.employees.filter((e) => e.targetMinutes && e.targetMinutes.minutes > 0);
    expect(own.length).toBeGreaterThan(0);
    for (const e of own) expect(e.targetMinutes!.weightPerMinute).toBe(1);
    for (const e of model.employees) for (const l of e.shareLimits ?? []) expect(l.weightPerShift).toBe(14);
    const offWishes = model.employees.flatMap((e) => e.shiftOffRequests ?? []);
    expect(offWishes.length).toBeGreaterThan(0);
    for (const w of offWishes) expect(w.weight).toBe(0);
  });

  it('rotates forward as far as the cover allows, by the weight of a backward rotation', () => {
    // A "mellan" shift 09:00–17:00 instead of the evening: mellan → day (07:00) leaves 14 h of rest,
    // legal, but starts earlier than the day before.
    const base = syntheticRegion({ departments: 1, employees: 14, weeks: 4, start: '2026-04-06', seed: 8, needScale: 0.5 });
    const shiftTypes = base.shiftTypes.map((t) => (t.code === 'K' ? { ...t, startMinute: 9 * 60, endMinute: 17 * 60 } : t));
    const backward = (backwardRotation: number) => {
      const proposal = proposalOf(run({ ...base, shiftTypes, weights: { ...DEFAULT_GENERATION_WEIGHTS, backwardRotation } }, 2));
      expect(proposal.check.hardViolations).toEqual([]);
      return proposal.check.softByRule['backward-rotation'] ?? 0;
    };
    // Unweighted the search lets a few through; weighed above the minimum cover, none.
    expect(backward(0)).toBeGreaterThanOrEqual(6);
    expect(backward(2000)).toBe(0);
  });

  it('leaves 48 hours after a block of nights as far as the cover allows, by the weight of a short rest', () => {
    const base = small(9);
    const gm = buildGenerationModel(base);
    // N ends 07:15: one day off, then anything; two days off, then D at 07:00 (47 h 45 min).
    expect(gm.model.gapPenalties).toEqual(
      expect.arrayContaining([
        { from: 'dep1-N', to: 'dep1-D', daysOff: 1, weight: 40 },
        { from: 'dep1-N', to: 'dep1-N', daysOff: 1, weight: 40 },
        { from: 'dep1-N', to: 'dep1-D', daysOff: 2, weight: 40 },
      ]),
    );
    expect(gm.model.gapPenalties!.some((g) => g.daysOff === 2 && g.to !== 'dep1-D')).toBe(false);
    const shortRests = (restAfterNights: number) => {
      const proposal = proposalOf(run({ ...base, weights: { ...DEFAULT_GENERATION_WEIGHTS, restAfterNights } }, 2));
      expect(proposal.check.hardViolations).toEqual([]);
      return proposal.check.softByRule['rest-after-nights'] ?? 0;
    };
    // Unweighted the search leaves several; at the default fewer; weighed above the minimum cover, none.
    const [ignored, byDefault, weighed] = [0, 40, 2000].map(shortRests);
    expect(ignored).toBeGreaterThanOrEqual(5);
    expect(byDefault).toBeLessThan(ignored);
    expect(weighed).toBe(0);
  });

  it('keeps nights in a row to three as far as the cover allows, by the weight of each night beyond', () => {
    const base = syntheticRegion({ departments: 1, employees: 14, weeks: 4, start: '2026-04-06', seed: 10, needScale: 0.5 });
    expect(buildGenerationModel(base).model.runPenalty).toEqual({ shiftTypes: ['dep1-N'], max: 3, weight: 40 });
    const longRuns = (nightsInARow: number) => {
      // Short rests after nights weigh heavily, which pushes towards long blocks of nights.
      const weights = { ...DEFAULT_GENERATION_WEIGHTS, restAfterNights: 2000, nightsInARow };
      const proposal = proposalOf(run({ ...base, weights }, 2));
      expect(proposal.check.hardViolations).toEqual([]);
      return proposal.check.softByRule['consecutive-nights'] ?? 0;
    };
    const [ignored, weighed] = [0, 2000].map(longRuns);
    expect(ignored).toBeGreaterThanOrEqual(4);
    expect(weighed).toBe(0);
  });

  it('pulls nights to the people short of their share, by the weight of each night short', () => {
    const base = syntheticRegion({ departments: 1, employees: 14, weeks: 4, start: '2026-04-06', seed: 12, needScale: 0.5 });
    const limits = buildGenerationModel(base).model.employees.flatMap((e) => (e.shareLimits ?? []).map((l) => ({ id: e.id, ...l })));
    const nightsShort = (nightBelowShare: number) => {
      const proposal = proposalOf(run({ ...base, weights: { ...DEFAULT_GENERATION_WEIGHTS, nightBelowShare } }, 2));
      expect(proposal.check.hardViolations).toEqual([]);
      const worked = (l: (typeof limits)[number]) =>
        proposal.changes.filter((c) => c.kind === 'create' && c.employeeId === l.id && l.shiftTypes.includes(c.shiftTypeId)).length;
      const short = limits.reduce((m, l) => m + Math.max(0, l.floor! - worked(l)), 0);
      // The proposal reports the same figures to the scheduler.
      expect(proposal.score.fairness.nightsShortOfShare).toBe(short);
      expect(proposal.score.fairness.nightsBeyondShare).toBe(limits.reduce((m, l) => m + Math.max(0, worked(l) - l.share), 0));
      return short;
    };
    const [ignored, weighed] = [0, 2000].map(nightsShort);
    // 10 nights short unweighted (seed 12); none weighed heavily.
    expect(ignored).toBeGreaterThanOrEqual(6);
    expect(weighed).toBe(0);
  });

  it('spreads unmet wishes over people, by the weight of each one per earlier one of the same person', () => {
    // Everybody wishes the same three days off, which the cover rules out for about half of them.
    const base = small(3);
    const wishes = base.employees.flatMap((e) =>
      [1, 8, 12].map((d) => ({ employeeId: e.id, date: addDays(base.period.start, d), kind: 'free' as const, shiftTypeId: null })),
    );
    const withWishes = { ...base, wishes: [...wishes, { ...wishes[0], kind: 'can-work' as const, date: addDays(base.period.start, 2) }] };
    const spec = buildGenerationModel(withWishes).model.employees[0];
    expect(spec.unmetRequestStep).toBe(DEFAULT_GENERATION_WEIGHTS.unmetWishesPiled);
    // Days off wished are spread; "can work" is an offer, not a wish to meet.
    expect(spec.shiftOffRequests!.every((r) => r.spread)).toBe(true);
    expect(spec.shiftOnRequests).toEqual([{ day: 2, weight: DEFAULT_GENERATION_WEIGHTS.wishCanWork }]);

    const unmetPerPerson = (unmetWishesPiled: number) => {
      const proposal = proposalOf(run({ ...withWishes, weights: { ...DEFAULT_GENERATION_WEIGHTS, unmetWishesPiled } }, 2));
      expect(proposal.check.hardViolations).toEqual([]);
      const worked = new Set(proposal.changes.filter((c) => c.kind === 'create').map((c) => `${c.employeeId}|${c.date}`));
      const counts = base.employees.map((e) => wishes.filter((w) => w.employeeId === e.id && worked.has(`${e.id}|${w.date}`)).length);
      // The proposal reports the same figure to the scheduler.
      expect(proposal.score.fairness.mostUnmetWishes).toBe(Math.max(...counts));
      return counts;
    };
    const squares = (counts: number[]) => counts.reduce((m, n) => m + n * n, 0);
    const [ignored, weighed] = [0, 400].map(unmetPerPerson);
    // Seed 3: 20 unmet, up to 3 for one person, unweighted; weighed heavily, at most 2 each.
    expect(Math.max(...ignored)).toBe(3);
    expect(Math.max(...weighed)).toBe(2);
    expect(squares(weighed)).toBeLessThan(squares(ignored));
  });

  it('spreads weekends below the cap by the weight of each weekend per earlier one of the same person', () => {
    // Eight weeks (every other weekend: at most 4 each) on a ward staffed for its needs.
    const base = syntheticRegion({ departments: 1, employees: 14, weeks: 8, start: '2026-04-06', seed: 12, needScale: 0.3 });
    const { model } = buildGenerationModel(base);
    expect(model.employees.every((e) => e.weekendStep === DEFAULT_GENERATION_WEIGHTS.weekendsPiled && e.maxWeekends === 4)).toBe(true);
    const weekendOf = new Map<string, number>();
    model.weekends!.forEach((w, k) => w.parts.forEach((part) => weekendOf.set(`${part.day}|${part.shiftType ?? ''}`, k)));
    const weekendsPerPerson = (weekendsPiled: number) => {
      const proposal = proposalOf(run({ ...base, weights: { ...DEFAULT_GENERATION_WEIGHTS, weekendsPiled } }, 4));
      expect(proposal.check.hardViolations).toEqual([]);
      const worked = new Map<string, Set<number>>();
      for (const c of proposal.changes) {
        if (c.kind !== 'create') continue;
        const k = weekendOf.get(`${daysBetween(base.period.start, c.date)}|${c.shiftTypeId}`);
        if (k !== undefined) worked.set(c.employeeId, (worked.get(c.employeeId) ?? new Set()).add(k));
      }
      return { counts: [...worked.values()].map((w) => w.size), belowMin: proposal.score.underCover.belowMin };
    };
    const piled = (counts: number[]) => counts.reduce((m, n) => m + (n * (n - 1)) / 2, 0);
    const ignored = weekendsPerPerson(0);
    const weighed = weekendsPerPerson(10);
    // Seed 12: unweighted everyone works 4 of the 8 weekends (19 person-shifts below minimum, the
    // caps spent on weekends that did not need them); weighed, fewer weekends and no cover lost.
    expect(ignored.counts.every((n) => n === 4)).toBe(true);
    expect(piled(weighed.counts)).toBeLessThan(piled(ignored.counts));
    expect(weighed.belowMin).toBeLessThanOrEqual(ignored.belowMin);
  });

  it("counts weekends as the engine's weekend frequency does, so that no proposal works more of them than the policy", () => {
    // 2026-04-06 is a Monday: Friday is day 4. Weekend = Friday 22:00 → Monday 00:00.
    const input = syntheticRegion({ departments: 1, employees: 14, weeks: 4, start: '2026-04-06', seed: 11, needScale: 0.5 });
    const { model } = buildGenerationModel(input);
    expect(model.weekends).toHaveLength(4);
    expect(model.weekends![0].parts).toEqual([
      { day: 4, shiftType: 'dep1-N' },
      { day: 5, shiftType: 'dep1-D' },
      { day: 5, shiftType: 'dep1-K' },
      { day: 5, shiftType: 'dep1-N' },
      { day: 6, shiftType: 'dep1-D' },
      { day: 6, shiftType: 'dep1-K' },
    ]);
    const proposal = proposalOf(run(input, 2));
    expect(proposal.check.hardViolations).toEqual([]);
    expect(proposal.check.softByRule['weekend-frequency'] ?? 0).toBe(0);
    // Every other weekend: at most 2 of the 4 each, so the spread the proposal reports is at most 2.
    expect(proposal.score.fairness.weekendsSpread).toBeLessThanOrEqual(2);
  });

  it('fill-gaps adds only what the minimum needs and keeps everything there', () => {
    const input = small(6, { mode: 'fill-gaps' });
    const full = proposalOf(run({ ...input, mode: 'generate' }, 1));
    const gaps = proposalOf(run(input, 1));
    expect(gaps.changes.every((c) => c.kind !== 'remove')).toBe(true);
    expect(gaps.changes.length).toBeLessThan(full.changes.length);
    expect(gaps.score.underCover.belowMin).toBeLessThan(gaps.score.underCover.belowMinBefore);
    // Whatever stays short of the minimum is listed with its reason.
    expect(gaps.uncovered.reduce((n, u) => n + u.missing, 0)).toBe(gaps.score.underCover.belowMin);
  });

  it('explains a need nobody can cover', () => {
    const input = small(7);
    const needs = [
      ...input.needs,
      {
        dayKind: 'wed' as const,
        shiftTypeId: 'dep1-N',
        profession: 'barnmorska' as const,
        skillId: null,
        min: 1,
        target: 1,
      },
    ];
    const proposal = proposalOf(run({ ...input, needs }, 1));
    const midwives = proposal.uncovered.filter((u) => u.profession === 'barnmorska');
    expect(midwives.length).toBe(2);
    expect(midwives.every((u) => u.reason === 'nobody-qualified' && u.missing === 1)).toBe(true);
  });

  it('ends with reasons on contradictory fixed shifts and impossible limits', () => {
    const base = small(8);
    const emp = base.employees[0];
    const day = addDays(base.period.start, 3);
    const onLeave: GenerationInput = {
      ...base,
      absences: [{ employeeId: emp.id, type: 'vacation', startDate: day, endDate: day }],
      shifts: [
        {
          id: 'fixed',
          employeeId: emp.id,
          shiftTypeId: 'dep1-D',
          departmentId: 'dep1',
          start: instantAtLocalTime(day, 7 * 60),
          end: instantAtLocalTime(day, 15 * 60 + 30),
          breakMinutes: 30,
          kind: 'work',
          requiredSkillCode: null,
          fixed: true,
          version: 1,
          inScope: true,
        },
      ],
    };
    const leave = run(onLeave, 1);
    expect(leave.status).toBe('infeasible');
    if (leave.status === 'infeasible') {
      expect(leave.explanations.some((x) => x.employeeId === emp.id && x.rule === 'unavailable')).toBe(true);
      expect(leave.explanations[0].message.sv).toContain(emp.name);
    }

    const aboveMax = run({ ...base, limits: [{ employeeId: emp.id, minHours: 200 }] }, 1);
    expect(aboveMax.status).toBe('infeasible');
    if (aboveMax.status === 'infeasible') {
      const x = aboveMax.explanations.find((e) => e.employeeId === emp.id)!;
      expect(x.rule).toBe('min-minutes');
      expect(x.message.en).toMatch(/minimum 200 h is above the maximum 76.5 h/);
    }
    // A week of leave leaves 7 days: at most 7 long shifts.
    const week = {
      employeeId: emp.id,
      type: 'vacation',
      startDate: base.period.start,
      endDate: addDays(base.period.start, 6),
    };
    const tooMuch = run({ ...base, absences: [week], limits: [{ employeeId: emp.id, minHours: 70 }] }, 1);
    expect(tooMuch.status).toBe('infeasible');
    if (tooMuch.status === 'infeasible') {
      expect(tooMuch.explanations[0].message.en).toMatch(/minimum 70 h is more than can be worked: at most [\d.]+ h/);
    }
  });

  it('is reproducible for a seed and stops when cancelled', () => {
    const input = small(9);
    const a = proposalOf(run(input, 1, 3));
    const b = proposalOf(run(input, 1, 3));
    expect(a.changes).toEqual(b.changes);
    let calls = 0;
    let now = 0;
    const gen = generateRoster(input, { timeLimitMs: 60_000, clock: () => (now += 5), shouldStop: () => ++calls > 50 });
    let r = gen.next();
    while (!r.done) r = gen.next();
    expect(r.value.status).toBe('cancelled');
  });
});

describe('rankReplacements', () => {
  it('ranks legal, qualified, free staff by cost class and leaves out the others with reasons', () => {
    const input = small(10);
    const date = addDays(input.period.start, 4);
    const gm = buildGenerationModel(input);
    const { shifts } = rosterShifts(input, gm, gm.initial);
    const ranking = rankReplacements(
      input,
      {
        shiftTypeId: 'dep1-N',
        departmentId: 'dep1',
        date,
        start: instantAtLocalTime(date, 21 * 60 + 15),
        end: instantAtLocalTime(addDays(date, 1), 7 * 60 + 15),
        breakMinutes: 45,
        kind: 'work',
        requiredSkillId: null,
        requiredSkillCode: null,
      },
      shifts,
    );
    expect(ranking.candidates.length).toBeGreaterThan(0);
    const order = ranking.candidates.map((c) =>
      ['no-extra-cost', 'mertid', 'overtime', 'pool', 'agency'].indexOf(c.costClass),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const agency = input.employees.find((e) => e.isAgency)!;
    expect(ranking.candidates.at(-1)!.employeeId).toBe(agency.id);
    const absent = input.absences.find((a) => a.startDate <= date && a.endDate >= date);
    if (absent)
      expect(ranking.excluded).toContainEqual(
        expect.objectContaining({ employeeId: absent.employeeId, reason: 'absent' }),
      );
  });
});
