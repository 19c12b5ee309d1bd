import { completionBounds, completionSize, relaxedRow, type CompletionInput } from './completion-bound';

/** Three days of one shift type worth 10 each, at most two in a row, minutes counted in shifts. */
function threeDays(overrides: Partial<CompletionInput> = {}): CompletionInput {
  return {
    L: 3,
    a: 0,
    S: 1,
    allowedList: [[0], [0], [0]],
    offOk: Uint8Array.of(1, 1, 1),
    // (day · 2 + v + 1): off costs 0, the shift −10.
    cell: Float64Array.of(0, -10, 0, -10, 0, -10),
    forbid: new Uint8Array(3),
    succPen: null,
    minOff: 1,
    minCons: 1,
    maxCons: 2,
    exact: true,
    RW: 2,
    blockPen: 1000,
    U: 4,
    uLen: Int32Array.of(1),
    uFloor: new Int32Array(3),
    minutesCost: () => 0,
    after: null,
    ...overrides,
  };
}

function solve(input: CompletionInput) {
  const buffer = new Float64Array(completionSize(input.L, input.S, input.minOff, input.RW, input.U));
  const bounds = completionBounds(input, buffer);
  // The window starts after a day off: relaxed state 0, no minutes yet.
  return { bounds, start: bounds.bound[0], row: relaxedRow(input, bounds, 0) };
}

describe('completion bounds', () => {
  it('bounds a row by its run rules: two shifts of three when at most two may follow each other', () => {
    const { start, row } = solve(threeDays());
    expect(start).toBe(-20);
    expect(row).not.toBeNull();
    expect(Array.from(row!).filter((v) => v === 0)).toHaveLength(2);
  });

  it('counts what ending the window costs: minutes short and the row after it', () => {
    // 100 per shift short of three: the third shift (and its broken run) is dearer than the 100.
    const short = solve(threeDays({ minutesCost: (u) => 100 * Math.max(0, 3 - u) }));
    expect(short.start).toBe(80);
    // Two shifts right after the window: a row may not end in work (its run would pass two).
    const after = solve(threeDays({ after: { y: 0, R: 2, touchesEnd: false } }));
    expect(after.start).toBe(-20);
    expect(Array.from(after.row!)).toEqual([0, 0, -1]);
  });

  it('has no row where no row is possible', () => {
    const { start, row } = solve(threeDays({ offOk: Uint8Array.of(0, 0, 0) }));
    expect(start).toBe(Infinity);
    expect(row).toBeNull();
  });
});
