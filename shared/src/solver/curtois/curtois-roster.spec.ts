import { CurtoisRosterError, readCurtoisRoster, writeCurtoisRoster } from './curtois-roster';
import { loadInstance, readBenchmarkText } from './curtois.test-support';

describe('Curtois roster files', () => {
  it('writes one Assign per worked day and reads the same grid back', () => {
    const grid = [
      ['D', null, 'N', null],
      [null, null, null, 'a1'],
    ];
    const xml = writeCurtoisRoster(['A', 'AB'], grid, { instanceName: 'Instance0', penalty: 12, foundBy: 'test', cpuSeconds: 1.5 });
    expect(xml).toContain('<SchedulingPeriodFile>Instance0.ros</SchedulingPeriodFile>');
    expect(xml).toContain('<Penalty>12</Penalty>');
    expect(xml.match(/<Assign>/g)).toHaveLength(3);
    expect(xml).toContain('<Employee ID="AB">\n    <Assign><Day>3</Day><Shift>a1</Shift></Assign>\n  </Employee>');
    expect(readCurtoisRoster(xml, ['A', 'AB'], 4)).toEqual(grid);
  });

  it('escapes markup in ids and metadata', () => {
    const xml = writeCurtoisRoster(['A&"<1>'], [['x<y']], { instanceName: 'a&b', foundBy: "O'Brien <3" });
    expect(xml).toContain('<Employee ID="A&amp;&quot;&lt;1&gt;">');
    expect(xml).toContain('<FoundBy>O&apos;Brien &lt;3</FoundBy>');
    expect(readCurtoisRoster(xml, ['A&"<1>'], 1)).toEqual([['x<y']]);
  });

  it('reads the reference roster of Instance1', () => {
    const inst = loadInstance('Instance1');
    const grid = readCurtoisRoster(readBenchmarkText('solutions/Instance1.Solution.607.roster'), inst.staff.map((s) => s.id), inst.horizon);
    expect(grid[0].join(',')).toBe(',D,D,D,D,,,D,D,,,D,D,D');
  });

  it.each([
    ['an unknown employee', '<Employee ID="Z"><Assign><Day>0</Day><Shift>D</Shift></Assign></Employee>'],
    ['a day outside the horizon', '<Employee ID="A"><Assign><Day>9</Day><Shift>D</Shift></Assign></Employee>'],
    ['two shifts on one day', '<Employee ID="A"><Assign><Day>0</Day><Shift>D</Shift></Assign><Assign><Day>0</Day><Shift>N</Shift></Assign></Employee>'],
  ])('rejects %s', (_what, body) => {
    expect(() => readCurtoisRoster(`<Roster>${body}</Roster>`, ['A'], 2)).toThrow(CurtoisRosterError);
  });
});
