import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseRosterDocument } from '../roster-document/parse-roster-document';
import { parseDateTime } from '../time/stockholm';
import { concatChunks, exportPayroll, type PayrollExportOptions } from './export-payroll';
import { DEFAULT_PAY_CODE_MAPPING, type PayCodeMappingVersion } from './pay-code-mapping';
import { PayrollExportError } from './payroll-export-error';

// The reference folder beside the repository (../shared from the root), as in CI.
const XSD = resolve(__dirname, '../../../../shared/standards/paxml/paxml.xsd');

function roster(employeeId = 'anna') {
  return parseRosterDocument({
    ruleSet: 'ab-hok-vardforbundet',
    period: { start: '2025-10-01', end: '2025-10-31' },
    employees: [
      { id: employeeId, employmentRate: 100, fullTimeHoursPerWeek: 38.25 },
      { id: 'bo', employmentRate: 75, fullTimeHoursPerWeek: 38.25 },
    ],
    shifts: [
      { id: 's06', employeeId, start: '2025-10-25T21:15+02:00', end: '2025-10-26T07:15+01:00' },
      { id: 'd1', employeeId, start: '2025-10-27T07:00', end: '2025-10-27T15:30', breakMinutes: 30 },
      { id: 'o1', employeeId, start: '2025-10-27T15:30', end: '2025-10-27T18:30', overtime: true },
      { id: 'b1', employeeId: 'bo', start: '2025-10-28T13:30', end: '2025-10-28T21:30', breakMinutes: 30 },
      { id: 'j1', employeeId: 'bo', start: '2025-10-29T16:00', end: '2025-10-30T08:00', kind: 'standby' },
    ],
    absences: [{ employeeId: 'bo', start: '2025-10-20', end: '2025-10-21', type: 'sick', scheduledHours: 16 }],
  });
}

function text(options: PayrollExportOptions, snapshot = roster()): string {
  const out = exportPayroll(snapshot, options);
  return Buffer.from(concatChunks(out.chunks)).toString(out.encoding === 'UTF-8' ? 'utf8' : 'latin1');
}

function bytes(options: PayrollExportOptions, snapshot = roster()): Buffer {
  return Buffer.from(concatChunks(exportPayroll(snapshot, options).chunks));
}

function xmllint(content: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'paxml-'));
  const file = join(dir, 'export.pax');
  try {
    writeFileSync(file, content);
    return execFileSync('xmllint', ['--noout', '--schema', XSD, file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('exportPayroll', () => {
  it.each(['UTF-8', 'ISO-8859-1'] as const)(
    'writes PAXml in %s that validates against paxml.xsd with xmllint',
    (encoding) => {
      const content = bytes({
        format: 'paxml',
        encoding,
        schedule: true,
        header: {
          createdAt: parseDateTime('2025-11-03T08:00'),
          foretagorgnr: '2321000016',
          foretagnamn: 'Region Östra',
        },
      });
      expect(() => xmllint(content)).not.toThrow();
    },
  );

  it('puts one tidtrans per employee × date × code, OB rounded per month, and declares the generic codes', () => {
    const xml = text({ format: 'paxml', schedule: true });
    const tidtrans = [
      ...xml.matchAll(
        /<tidtrans anstid="([^"]+)" postid="\d+"><tidkod>([^<]+)<\/tidkod><datum>([^<]+)<\/datum><timmar>([^<]+)<\/timmar>/g,
      ),
    ].map((m) => m.slice(1).join(' '));
    expect(tidtrans).toEqual([
      'anna TID 2025-10-25 10.00',
      'anna ÖT1 2025-10-25 1.00',
      'anna OB3 2025-10-25 2.00',
      'anna OB4 2025-10-25 9.00',
      'anna TID 2025-10-27 8.00',
      'anna ÖT1 2025-10-27 2.00',
      'anna ÖT2 2025-10-27 1.00',
      // bo: 2.5 h D (19:00–21:30) in October, 0.25 h unplaced-rast share taken off pro rata: 2.34375 h → 2.5.
      'bo SJK 2025-10-20 16.00',
      'bo TID 2025-10-28 7.50',
      'bo OB1 2025-10-28 2.50',
      'bo BE1 2025-10-29 16.00',
    ]);
    expect(xml).toContain('<kod id="OB1" namn="O-tillägg D vardag kväll"/>');
    expect(xml).toContain('<dag datum="2025-10-25" timmar="10.00"/>');
  });

  it('drops a month with under 1 h of an OB category and keeps exact hundredths when asked', () => {
    const snapshot = parseRosterDocument({
      ruleSet: 'ab-hok-vardforbundet',
      period: { start: '2025-03-01', end: '2025-03-31' },
      employees: [{ id: 'e', employmentRate: 100, fullTimeHoursPerWeek: 38.25 }],
      shifts: [{ id: 'a', employeeId: 'e', start: '2025-03-11T14:00', end: '2025-03-11T19:45' }],
    });
    expect(text({ format: 'csv' }, snapshot)).toBe('anstid;datum;kod;timmar\r\ne;2025-03-11;TID;5.75\r\n');
    expect(text({ format: 'csv', rounding: 'hundredths', decimal: ',' }, snapshot)).toBe(
      'anstid;datum;kod;timmar\r\ne;2025-03-11;TID;5,75\r\ne;2025-03-11;OB1;0,75\r\n',
    );
  });

  it('is deterministic: the same data gives the same bytes', () => {
    const options: PayrollExportOptions = { format: 'paxml', encoding: 'ISO-8859-1', schedule: true };
    expect(bytes(options).equals(bytes(options))).toBe(true);
  });

  it('writes ISO-8859-1 as single bytes and characters beyond it as character references', () => {
    const content = bytes({ format: 'paxml', encoding: 'ISO-8859-1' }, roster('Łukasz'));
    expect(content.includes(Buffer.from([0xd6, 0x54, 0x31]))).toBe(true); // ÖT1
    expect(content.toString('latin1')).toContain('anstid="&#x141;ukasz"');
    expect(() => xmllint(content)).not.toThrow();
    expect(() => exportPayroll(roster('Łukasz'), { format: 'csv', encoding: 'ISO-8859-1' })).toThrow(
      /ISO-8859-1 cannot hold/,
    );
  });

  it('quotes CSV fields that contain the separator', () => {
    expect(text({ format: 'csv' }, roster('a;b')).split('\r\n')[1]).toBe('"a;b";2025-10-25;TID;10.00');
  });

  it('sends codes mapped to a lonart as lonetrans, and that validates too', () => {
    const mapping: PayCodeMappingVersion[] = [
      {
        validFrom: '2020-01-01',
        codes: {
          ...DEFAULT_PAY_CODE_MAPPING[0].codes,
          'ob-a-night': { lonart: '3150', name: 'OB A natt' },
          'overtime-qualified': { lonart: '2320' },
        },
      },
    ];
    const content = bytes({ format: 'paxml', mapping });
    expect(content.toString('utf8')).toMatch(
      /<lonetrans anstid="anna" postid="\d+"><lonart>2320<\/lonart><datum>2025-10-27<\/datum><antal>1.00<\/antal><\/lonetrans>/,
    );
    expect(() => xmllint(content)).not.toThrow();
  });

  it('uses the mapping version in force on each date', () => {
    const mapping: PayCodeMappingVersion[] = [
      DEFAULT_PAY_CODE_MAPPING[0],
      { validFrom: '2025-10-27', codes: { ...DEFAULT_PAY_CODE_MAPPING[0].codes, ordinary: { tidkod: 'ARB' } } },
    ];
    const csv = text({ format: 'csv', mapping });
    expect(csv).toContain('anna;2025-10-25;TID;10.00');
    expect(csv).toContain('anna;2025-10-27;ARB;8.00');
  });

  it('refuses a mapping without a code for a category, or with an unknown tidkod, before writing anything', () => {
    const { 'ob-a-night': _dropped, ...rest } = DEFAULT_PAY_CODE_MAPPING[0].codes;
    const missing = () =>
      exportPayroll(roster(), { format: 'paxml', mapping: [{ validFrom: '2020-01-01', codes: rest }] });
    expect(missing).toThrow(PayrollExportError);
    expect(missing).toThrow(/has no code for ob-a-night/);
    const unknown = () =>
      exportPayroll(roster(), {
        format: 'csv',
        mapping: [
          {
            validFrom: '2020-01-01',
            codes: { ...DEFAULT_PAY_CODE_MAPPING[0].codes, ordinary: { tidkod: 'XYZ' as never } },
          },
        ],
      });
    expect(unknown).toThrow(/ordinary → "XYZ" is not a PAXml tidkod/);
    try {
      unknown();
    } catch (error) {
      expect((error as PayrollExportError).code).toBe('UNKNOWN_PAY_CODE');
    }
  });
});
