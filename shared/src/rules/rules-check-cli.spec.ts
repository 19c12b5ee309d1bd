// End-to-end test of `npm run rules:check` (shared/cli/rules-check.ts on shared/cli/cli-support.ts):
// JSON on stdout and exit 0 with or without violations; exit 2 with a message naming the field
// for invalid input; never a stack trace.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { rosterDoc, work } from './roster.test-support';

const ROOT = resolve(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CLI = join(ROOT, 'shared/cli/rules-check.ts');

describe('rules:check command line', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'rules-check-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function run(content: string | null): { status: number | null; stdout: string; stderr: string } {
    const file = join(dir, `doc-${Math.abs(hashOf(content ?? 'missing'))}.json`);
    if (content !== null) writeFileSync(file, content);
    const result = spawnSync(TSX, [CLI, content === null ? join(dir, 'missing.json') : file], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('prints violations, used exceptions and figures as JSON and exits 0', () => {
    const doc = rosterDoc({
      period: { start: '2025-03-10', end: '2025-03-16' },
      shifts: [work('2025-03-10T13:30', '2025-03-10T21:30'), work('2025-03-11T07:00', '2025-03-11T15:30')],
    });
    const { status, stdout } = run(JSON.stringify(doc));
    expect(status).toBe(0);
    const output = JSON.parse(stdout);
    expect(Object.keys(output)).toEqual(['violations', 'exceptionsUsed', 'employees']);
    expect(output.violations.map((v: { ruleId: string }) => v.ruleId)).toContain('daily-rest');
    expect(output.employees.anna.period.workedHours).toBe(15.5);
  });

  it.each<[string, string | null, RegExp]>([
    [
      'an invalid field',
      JSON.stringify(
        rosterDoc({
          period: { start: '2025-03-10', end: '2025-03-16' },
          shifts: [work('2025-03-10T13:30', '2025-03-10T12:30')],
        }),
      ),
      /shifts\[0\]\.end: "2025-03-10T12:30" is before start/,
    ],
    ['text that is not JSON', '{ "ruleSet": ', /is not valid JSON/],
    ['a missing file', null, /missing\.json: no such file/],
  ])('rejects %s with exit 2 and no stack trace', (_case, content, message) => {
    const { status, stdout, stderr } = run(content);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

function hashOf(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}
