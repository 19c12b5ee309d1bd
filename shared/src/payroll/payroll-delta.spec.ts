import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { concatChunks } from './export-payroll';
import { type ExportRow } from './export-rows';
import { DEFAULT_PAY_CODE_MAPPING } from './pay-code-mapping';
import { payrollDelta, type SentRow } from './payroll-delta';
import { writeCsvRows } from './write-csv';
import { writePaxmlRows } from './write-paxml';

const XSD = resolve(__dirname, '../../../../shared/standards/paxml/paxml.xsd');

const row = (employeeId: string, date: string, tidkod: string, hundredths: number): ExportRow => ({
  employeeId,
  date,
  target: { tidkod: tidkod as 'TID' },
  hundredths,
});

describe('payrollDelta', () => {
  const first = [
    row('1001', '2025-10-27', 'TID', 800),
    row('1001', '2025-10-27', 'ÖT1', 75),
    row('1002', '2025-10-28', 'TID', 750),
  ];

  it('sends everything the first time, as new time', () => {
    const delta = payrollDelta(first, []);
    expect(
      delta.map((d) => [d.employeeId, d.date, 'tidkod' in d.target && d.target.tidkod, d.hundredths, d.adjustment]),
    ).toEqual([
      ['1001', '2025-10-27', 'TID', 800, false],
      ['1001', '2025-10-27', 'ÖT1', 75, false],
      ['1002', '2025-10-28', 'TID', 750, false],
    ]);
  });

  it('sends nothing again when nothing changed', () => {
    expect(payrollDelta(first, first)).toEqual([]);
  });

  it('turns a correction into adjustments: negative for what went away, positive for what came', () => {
    // 1002 was sick from noon: 4 h less TID, 3.75 h SJK; 1001's overtime was taken back entirely.
    const now = [
      row('1001', '2025-10-27', 'TID', 800),
      row('1002', '2025-10-28', 'TID', 375),
      row('1002', '2025-10-28', 'SJK', 375),
    ];
    const delta = payrollDelta(now, first as SentRow[]);
    expect(
      delta.map((d) => [
        d.employeeId,
        'tidkod' in d.target && d.target.tidkod,
        d.hundredths,
        d.sentHundredths,
        d.adjustment,
      ]),
    ).toEqual([
      ['1001', 'ÖT1', -75, 75, true],
      ['1002', 'TID', -375, 750, true],
      ['1002', 'SJK', 375, 0, false],
    ]);
  });

  it('counts what several earlier exports sent together', () => {
    const sent: SentRow[] = [row('1001', '2025-10-27', 'TID', 800), row('1001', '2025-10-27', 'TID', -100)];
    expect(payrollDelta([row('1001', '2025-10-27', 'TID', 700)], sent)).toEqual([]);
  });

  it('keeps a tidkod and a lonart with the same text apart', () => {
    const sent: SentRow[] = [{ employeeId: '1', date: '2025-10-27', target: { lonart: 'TID' }, hundredths: 100 }];
    const delta = payrollDelta([row('1', '2025-10-27', 'TID', 100)], sent);
    expect(delta.map((d) => [d.target, d.hundredths])).toEqual([
      [{ tidkod: 'TID' }, 100],
      [{ lonart: 'TID' }, -100],
    ]);
  });
});

describe('writing finished rows (adjustments)', () => {
  const rows = [
    {
      employeeId: '1002',
      rows: [row('1002', '2025-10-28', 'TID', -375), row('1002', '2025-10-28', 'SJK', 375)],
      schedule: [{ date: '2025-10-28', hundredths: 750 }],
    },
  ];
  const period = { start: '2025-10-27', end: '2025-11-02' };

  it('writes negative PAXml transactions that validate against paxml.xsd', () => {
    const bytes = Buffer.from(
      concatChunks(
        writePaxmlRows(rows, {
          encoding: 'ISO-8859-1',
          period,
          schedule: true,
          mapping: DEFAULT_PAY_CODE_MAPPING,
          agreements: null,
        }),
      ),
    );
    const text = bytes.toString('latin1');
    expect(text).toContain(
      '<tidtrans anstid="1002" postid="1"><tidkod>TID</tidkod><datum>2025-10-28</datum><timmar>-3.75</timmar></tidtrans>',
    );
    expect(text).toContain('<dag datum="2025-10-28" timmar="7.50"/>');
    const dir = mkdtempSync(join(tmpdir(), 'paxml-'));
    try {
      writeFileSync(join(dir, 'a.pax'), bytes);
      expect(() =>
        execFileSync('xmllint', ['--noout', '--schema', XSD, join(dir, 'a.pax')], {
          stdio: ['ignore', 'pipe', 'pipe'],
        }),
      ).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes negative CSV rows with a decimal comma', () => {
    const text = Buffer.from(
      concatChunks(
        writeCsvRows(rows, {
          encoding: 'UTF-8',
          period,
          decimal: ',',
          mapping: DEFAULT_PAY_CODE_MAPPING,
          agreements: null,
        }),
      ),
    ).toString('utf8');
    expect(text).toBe('anstid;datum;kod;timmar\r\n1002;2025-10-28;TID;-3,75\r\n1002;2025-10-28;SJK;3,75\r\n');
  });
});
