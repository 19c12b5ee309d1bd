// Reader for the Curtois & Qu shift-scheduling benchmark's text format (Instance1–24), as
// described in shared/benchmarks/curtois/FORMAT.md §2: seven sections in a fixed order, '#'
// comments, CRLF or LF line endings, comma-separated fields with '|' and '=' sub-fields.

export interface CurtoisShift {
  id: string;
  minutes: number;
  cannotFollow: string[];
}

export interface CurtoisStaff {
  id: string;
  maxShifts: Record<string, number>;
  maxTotalMinutes: number;
  minTotalMinutes: number;
  maxConsecutiveShifts: number;
  minConsecutiveShifts: number;
  minConsecutiveDaysOff: number;
  maxWeekends: number;
}

export interface CurtoisRequest {
  employee: string;
  day: number;
  shift: string;
  weight: number;
}

export interface CurtoisCover {
  day: number;
  shift: string;
  requirement: number;
  weightUnder: number;
  weightOver: number;
}

export interface CurtoisInstance {
  horizon: number;
  shifts: CurtoisShift[];
  staff: CurtoisStaff[];
  daysOff: Map<string, number[]>;
  onRequests: CurtoisRequest[];
  offRequests: CurtoisRequest[];
  cover: CurtoisCover[];
}

const SECTIONS = [
  'SECTION_HORIZON',
  'SECTION_SHIFTS',
  'SECTION_STAFF',
  'SECTION_DAYS_OFF',
  'SECTION_SHIFT_ON_REQUESTS',
  'SECTION_SHIFT_OFF_REQUESTS',
  'SECTION_COVER',
] as const;

export class CurtoisFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CurtoisFormatError';
  }
}

function int(text: string, where: string): number {
  if (!/^-?\d+$/.test(text)) throw new CurtoisFormatError(`${where}: expected an integer, got "${text}"`);
  return Number(text);
}

export function parseCurtoisInstance(text: string): CurtoisInstance {
  const sections = new Map<string, string[][]>();
  let current: string | null = null;
  text.split('\n').forEach((raw, n) => {
    const line = raw.replace(/\r$/, '').trim();
    if (line === '' || line.startsWith('#')) return;
    if ((SECTIONS as readonly string[]).includes(line)) {
      current = line;
      sections.set(line, []);
      return;
    }
    if (current === null) throw new CurtoisFormatError(`line ${n + 1}: data before the first section`);
    sections.get(current)!.push(line.split(','));
  });
  for (const s of SECTIONS) if (!sections.has(s)) throw new CurtoisFormatError(`missing ${s}`);
  const rows = (s: (typeof SECTIONS)[number]): string[][] => sections.get(s)!;

  const horizonRows = rows('SECTION_HORIZON');
  if (horizonRows.length !== 1) throw new CurtoisFormatError('SECTION_HORIZON must have one line');
  const horizon = int(horizonRows[0][0], 'horizon');

  const shifts = rows('SECTION_SHIFTS').map((f) => ({
    id: f[0],
    minutes: int(f[1], `shift ${f[0]} length`),
    cannotFollow: (f[2] ?? '').split('|').filter((x) => x !== ''),
  }));

  const staff = rows('SECTION_STAFF').map((f) => {
    if (f.length < 8) throw new CurtoisFormatError(`staff ${f[0]}: expected 8 fields`);
    const maxShifts: Record<string, number> = {};
    for (const pair of f[1].split('|').filter((x) => x !== '')) {
      const [sid, limit] = pair.split('=');
      maxShifts[sid] = int(limit, `staff ${f[0]} max shifts ${sid}`);
    }
    return {
      id: f[0],
      maxShifts,
      maxTotalMinutes: int(f[2], `staff ${f[0]}`),
      minTotalMinutes: int(f[3], `staff ${f[0]}`),
      maxConsecutiveShifts: int(f[4], `staff ${f[0]}`),
      minConsecutiveShifts: int(f[5], `staff ${f[0]}`),
      minConsecutiveDaysOff: int(f[6], `staff ${f[0]}`),
      maxWeekends: int(f[7], `staff ${f[0]}`),
    };
  });

  const daysOff = new Map<string, number[]>();
  for (const f of rows('SECTION_DAYS_OFF')) {
    const list = daysOff.get(f[0]) ?? [];
    for (const d of f.slice(1)) if (d !== '') list.push(int(d, `days off ${f[0]}`));
    daysOff.set(f[0], list);
  }

  const request = (f: string[], what: string): CurtoisRequest => ({
    employee: f[0],
    day: int(f[1], what),
    shift: f[2],
    weight: int(f[3], what),
  });
  const onRequests = rows('SECTION_SHIFT_ON_REQUESTS').map((f) => request(f, 'on-request'));
  const offRequests = rows('SECTION_SHIFT_OFF_REQUESTS').map((f) => request(f, 'off-request'));
  const cover = rows('SECTION_COVER').map((f) => ({
    day: int(f[0], 'cover'),
    shift: f[1],
    requirement: int(f[2], 'cover'),
    weightUnder: int(f[3], 'cover'),
    weightOver: int(f[4], 'cover'),
  }));
  return { horizon, shifts, staff, daysOff, onRequests, offRequests, cover };
}
