// The benchmark's XML solution file (FORMAT.md "Solution format"): one <Employee ID> per
// employee, one <Assign><Day/><Shift/></Assign> per worked day. The format is fixed and tiny,
// so it is written with explicit escaping and read with a strict pattern instead of a general
// XML parser; the reader accepts exactly what the writer and the reference files produce.
import type { Assignment } from '../model';

export interface CurtoisRosterMeta {
  instanceName: string;
  penalty?: number;
  foundBy?: string;
  algorithm?: string;
  cpuSeconds?: number;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export function writeCurtoisRoster(employeeIds: string[], assignment: Assignment, meta: CurtoisRosterMeta): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Roster xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="Roster.xsd">',
    `  <SchedulingPeriodFile>${escapeXml(meta.instanceName)}.ros</SchedulingPeriodFile>`,
  ];
  if (meta.penalty !== undefined) lines.push(`  <Penalty>${meta.penalty}</Penalty>`);
  if (meta.foundBy !== undefined) lines.push(`  <FoundBy>${escapeXml(meta.foundBy)}</FoundBy>`);
  if (meta.algorithm !== undefined) lines.push(`  <Algorithm>${escapeXml(meta.algorithm)}</Algorithm>`);
  if (meta.cpuSeconds !== undefined) lines.push(`  <CpuTime>${meta.cpuSeconds}</CpuTime>`);
  employeeIds.forEach((id, e) => {
    lines.push(`  <Employee ID="${escapeXml(id)}">`);
    assignment[e].forEach((shift, day) => {
      if (shift !== null) lines.push(`    <Assign><Day>${day}</Day><Shift>${escapeXml(shift)}</Shift></Assign>`);
    });
    lines.push('  </Employee>');
  });
  lines.push('</Roster>', '');
  return lines.join('\n');
}

export class CurtoisRosterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CurtoisRosterError';
  }
}

/** Reads a roster file into a grid [employee][day] in the order of `employeeIds`. */
export function readCurtoisRoster(xml: string, employeeIds: string[], days: number): Assignment {
  const index = new Map(employeeIds.map((id, e) => [id, e]));
  const grid: Assignment = employeeIds.map(() => new Array<string | null>(days).fill(null));
  const employeeRe = /<Employee\s+ID="([^"]*)"\s*>([\s\S]*?)<\/Employee>/g;
  const assignRe = /<Assign>\s*<Day>\s*(\d+)\s*<\/Day>\s*<Shift>\s*([^<]*?)\s*<\/Shift>\s*<\/Assign>/g;
  for (const m of xml.matchAll(employeeRe)) {
    const id = unescapeXml(m[1]);
    const e = index.get(id);
    if (e === undefined) throw new CurtoisRosterError(`unknown employee ${id}`);
    for (const a of m[2].matchAll(assignRe)) {
      const day = Number(a[1]);
      if (day >= days) throw new CurtoisRosterError(`employee ${id}: day ${day} outside the horizon`);
      if (grid[e][day] !== null) throw new CurtoisRosterError(`employee ${id}: two shifts on day ${day}`);
      grid[e][day] = unescapeXml(a[2]);
    }
  }
  return grid;
}
