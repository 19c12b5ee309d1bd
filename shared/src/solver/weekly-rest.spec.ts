import { compileModel } from './compile-model';
import type { SolverModel } from './model';
import { scanWeeklyRest } from './weekly-rest';

// Day shifts 07–16 and nights 21–07, weeks from day 0 (a Monday).
function missedWeeks(row: string, need: number, restStartByType?: Record<string, number>): Array<[number, number]> {
  const model: SolverModel = {
    days: row.length,
    shiftTypes: [
      { id: 'D', minutes: 480, startMinute: 420, spanMinutes: 540 },
      { id: 'N', minutes: 600, startMinute: 1260, spanMinutes: 600 },
    ],
    employees: [{ id: 'e', weeklyRest: { minutes: need, firstWeekDay: 0, restStartByType } }],
    cover: [],
  };
  const cm = compileModel(model);
  const x = Int16Array.from([...row], (c) => (c === '.' ? -1 : cm.shiftIds.indexOf(c)));
  const missed: Array<[number, number]> = [];
  scanWeeklyRest(cm, x, 0, (first, longest) => missed.push([first, longest / 60]));
  return missed;
}

describe('scanWeeklyRest', () => {
  it('finds the weekend after a working week', () => {
    expect(missedWeeks('DDDDD..', 36 * 60)).toEqual([]);
  });

  it('counts one day off between day shifts as 39 hours', () => {
    expect(missedWeeks('DD.DDDD', 36 * 60)).toEqual([]);
    expect(missedWeeks('DD.DDDD', 40 * 60)).toEqual([[0, 39]]);
  });

  it('starts the rest where the model says it may begin (after a daily rest owed first)', () => {
    expect(missedWeeks('DD.DDDD', 36 * 60, { D: 960 + 660 })).toEqual([[0, 28]]);
  });

  it('clips rests to the week and lets a night end the first rest of the next week late', () => {
    // Week 2 starts with a day off: 31 h from its start to Tuesday 07:00, but only 24 h after a
    // Sunday night that ends on Monday 07:00.
    expect(missedWeeks('......' + '.' + '.DDDDDD', 30 * 60)).toEqual([]);
    expect(missedWeeks('......' + 'N' + '.DDDDDD', 30 * 60)).toEqual([[7, 24]]);
  });

  it('leaves weeks cut by the end of the period unchecked', () => {
    expect(missedWeeks('DDDDDDD' + 'DDDD', 36 * 60)).toEqual([[0, 15]]);
  });
});
