import { DAY_KINDS, type DayKind, type Profession } from '@bemanna/shared';
import type { Schemas, StaffingNeed } from '../../api/client';

// The staffing-needs grid (bemanningsbehov) as the editor shows it: one line per shift type and
// requirement (profession and/or skill), a minimum and a target per kind of day. The API stores
// one need per line and day kind, and takes the whole grid at once.

export interface NeedCell {
  min: string;
  target: string;
}

export interface NeedLine {
  key: string;
  shiftTypeId: string;
  profession: Profession | null;
  skillId: string | null;
  cells: Record<DayKind, NeedCell>;
}

export const WEEKDAY_KINDS: readonly DayKind[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export function emptyCells(): Record<DayKind, NeedCell> {
  return Object.fromEntries(DAY_KINDS.map((k) => [k, { min: '', target: '' }])) as Record<DayKind, NeedCell>;
}

export function linesFromNeeds(needs: readonly StaffingNeed[], shiftTypeOrder: readonly string[]): NeedLine[] {
  const lines = new Map<string, NeedLine>();
  for (const n of needs) {
    const key = `${n.shiftTypeId}|${n.profession ?? ''}|${n.skillId ?? ''}`;
    let line = lines.get(key);
    if (!line) {
      line = { key, shiftTypeId: n.shiftTypeId, profession: n.profession, skillId: n.skillId, cells: emptyCells() };
      lines.set(key, line);
    }
    line.cells[n.dayKind] = { min: String(n.min), target: String(n.target) };
  }
  const rank = (id: string) => {
    const i = shiftTypeOrder.indexOf(id);
    return i === -1 ? shiftTypeOrder.length : i;
  };
  return [...lines.values()].sort(
    (a, b) =>
      rank(a.shiftTypeId) - rank(b.shiftTypeId) ||
      (a.profession ?? '').localeCompare(b.profession ?? '') ||
      (a.skillId ?? '').localeCompare(b.skillId ?? ''),
  );
}

/** Where each saved need came from, to put the API's `needs.<i>.<field>` messages on the right cell. */
export interface NeedOrigin {
  line: number;
  dayKind: DayKind;
}

/**
 * The needs to save: a cell with a minimum or a target becomes a need (an empty target means the
 * same as the minimum, an empty minimum zero); empty cells mean no need that day.
 */
export function needsFromLines(lines: readonly NeedLine[]): {
  needs: Schemas['StaffingNeedDto'][];
  origins: NeedOrigin[];
} {
  const needs: Schemas['StaffingNeedDto'][] = [];
  const origins: NeedOrigin[] = [];
  lines.forEach((line, i) => {
    for (const dayKind of DAY_KINDS) {
      const cell = line.cells[dayKind];
      const min = cell.min.trim();
      const target = cell.target.trim();
      if (min === '' && target === '') continue;
      needs.push({
        dayKind,
        shiftTypeId: line.shiftTypeId,
        profession: line.profession,
        skillId: line.skillId,
        min: min === '' ? 0 : Number(min),
        target: target === '' ? Number(min) : Number(target),
      });
      origins.push({ line: i, dayKind });
    }
  });
  return { needs, origins };
}

/** The API's field messages (`needs.3.target`) keyed by grid cell: `${line}|${dayKind}|${field}`. */
export function cellErrors(
  details: readonly { field: string; message: string; messageSv: string }[],
  origins: readonly NeedOrigin[],
  sv: boolean,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of details) {
    const m = /^needs\.(\d+)(?:\.(\w+))?/.exec(d.field);
    const origin = m ? origins[Number(m[1])] : undefined;
    if (!m || !origin) continue;
    const field = m[2] === 'min' || m[2] === 'target' ? m[2] : 'line';
    const key = field === 'line' ? `${origin.line}|line` : `${origin.line}|${origin.dayKind}|${field}`;
    if (!out.has(key)) out.set(key, sv ? d.messageSv : d.message);
  }
  return out;
}

/** Monday's values on every weekday (most wards need the same every day). */
export function copyMondayToWeek(line: NeedLine): NeedLine {
  const cells = { ...line.cells };
  for (const k of WEEKDAY_KINDS) cells[k] = { ...line.cells.mon };
  return { ...line, cells };
}
