import { CurtoisFormatError, parseCurtoisInstance } from './curtois-instance';
import { loadInstance, readBenchmarkText } from './curtois.test-support';

const SMALL = [
  '# comment',
  'SECTION_HORIZON',
  '7',
  '',
  'SECTION_SHIFTS',
  'a1,480,',
  'n6,720,a1|n6',
  '',
  'SECTION_STAFF',
  'A,a1=7|n6=2,2400,960,5,2,2,1',
  'AA,a1=0|n6=7,3000,0,3,1,1,0',
  '',
  'SECTION_DAYS_OFF',
  'A,0,3',
  '',
  'SECTION_SHIFT_ON_REQUESTS',
  'AA,2,n6,3',
  '',
  'SECTION_SHIFT_OFF_REQUESTS',
  'A,1,a1,2',
  '',
  'SECTION_COVER',
  '0,a1,1,100,1',
].join('\n');

describe('parseCurtoisInstance', () => {
  it('reads every section of Instance1 (CRLF as distributed)', () => {
    const text = readBenchmarkText('Instance1.txt');
    expect(text).toContain('\r\n');
    const inst = parseCurtoisInstance(text);
    expect(inst.horizon).toBe(14);
    expect(inst.shifts).toEqual([{ id: 'D', minutes: 480, cannotFollow: [] }]);
    expect(inst.staff).toHaveLength(8);
    expect(inst.staff[0]).toEqual({
      id: 'A',
      maxShifts: { D: 14 },
      maxTotalMinutes: 4320,
      minTotalMinutes: 3360,
      maxConsecutiveShifts: 5,
      minConsecutiveShifts: 2,
      minConsecutiveDaysOff: 2,
      maxWeekends: 1,
    });
    expect(inst.daysOff.get('A')).toEqual([0]);
    expect(inst.onRequests).toHaveLength(21);
    expect(inst.offRequests[0]).toEqual({ employee: 'C', day: 12, shift: 'D', weight: 1 });
    expect(inst.cover).toHaveLength(14);
    expect(inst.cover[1]).toEqual({ day: 1, shift: 'D', requirement: 7, weightUnder: 100, weightOver: 1 });
  });

  it('gives the same instance for LF and CRLF line endings', () => {
    const crlf = readBenchmarkText('Instance2.txt');
    expect(parseCurtoisInstance(crlf.replace(/\r\n/g, '\n'))).toEqual(parseCurtoisInstance(crlf));
  });

  it('reads trailing commas, two-letter ids and word-like shift ids', () => {
    const inst = parseCurtoisInstance(SMALL);
    expect(inst.shifts).toEqual([
      { id: 'a1', minutes: 480, cannotFollow: [] },
      { id: 'n6', minutes: 720, cannotFollow: ['a1', 'n6'] },
    ]);
    expect(inst.staff[1].id).toBe('AA');
    expect(inst.staff[1].maxShifts).toEqual({ a1: 0, n6: 7 });
    expect(inst.onRequests).toEqual([{ employee: 'AA', day: 2, shift: 'n6', weight: 3 }]);
  });

  it('reads the largest instance', () => {
    const inst = loadInstance('Instance24');
    expect([inst.staff.length, inst.horizon, inst.shifts.length]).toEqual([150, 364, 32]);
    expect(inst.cover).toHaveLength(364 * 32);
  });

  it.each([
    ['a missing section', SMALL.replace('SECTION_COVER\n0,a1,1,100,1', '')],
    ['data before the first section', `5\n${SMALL}`],
    ['a non-numeric length', SMALL.replace('a1,480,', 'a1,eight,')],
  ])('rejects %s', (_what, text) => {
    expect(() => parseCurtoisInstance(text)).toThrow(CurtoisFormatError);
  });
});
