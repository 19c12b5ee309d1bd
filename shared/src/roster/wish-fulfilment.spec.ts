import { wishFulfilment } from './wish-fulfilment';

describe('wish fulfilment', () => {
  it('meets a free-day wish when nothing is worked that day, a shift wish when that shift type is worked', () => {
    const result = wishFulfilment(
      [
        { employeeId: 'a', date: '2026-03-02', kind: 'free', shiftTypeId: null },
        { employeeId: 'a', date: '2026-03-03', kind: 'shift-type', shiftTypeId: 'N' },
        { employeeId: 'b', date: '2026-03-02', kind: 'free', shiftTypeId: null },
        { employeeId: 'b', date: '2026-03-04', kind: 'can-work', shiftTypeId: null },
      ],
      [
        { employeeId: 'a', date: '2026-03-03', shiftTypeId: 'N' },
        { employeeId: 'b', date: '2026-03-02', shiftTypeId: 'D' },
      ],
    );
    expect(result.outcomes.map((o) => o.met)).toEqual([true, true, false, null]);
    expect(result.perEmployee).toEqual({ a: { wishes: 2, met: 2, share: 1 }, b: { wishes: 1, met: 0, share: 0 } });
    expect(result).toMatchObject({ wishes: 3, met: 2, spread: 1 });
    expect(result.share).toBeCloseTo(2 / 3);
  });

  it('is neutral when nobody wished anything', () => {
    expect(wishFulfilment([], [])).toMatchObject({ wishes: 0, met: 0, share: 1, spread: 0 });
  });

  it('does not meet a shift wish with another shift type', () => {
    const r = wishFulfilment(
      [{ employeeId: 'a', date: '2026-03-03', kind: 'shift-type', shiftTypeId: 'D' }],
      [{ employeeId: 'a', date: '2026-03-03', shiftTypeId: 'K' }],
    );
    expect(r.outcomes[0].met).toBe(false);
  });
});
