// PAXml 2.0 payroll input (RULES.md Part B §6, ../shared/standards/paxml/paxml.xsd): header, the
// names of generic codes (<koder>), one <tidtrans> per employee × date × tidkod, <lonetrans> for
// codes mapped to a region's lonart, and optionally <schematransaktioner> (scheduled = ordinary
// hours per day). Written by hand with strict escaping rather than with an XML library: the
// document is flat, and xmlbuilder2 4.0.3 (the maintained candidate) took 9 s for 50,000 elements
// with its streaming writer and about 10 kB of memory per element with its DOM writer, far from
// the 100,000-shift target. The bulk (<tidtransaktioner>) streams employee by employee; the two
// small sections after it are held until the end, because each PAXml section is one element.
import { type PayLine } from '../pay/classify-employee';
import { formatLocalIso } from '../time/intervals';
import { type CivilDate, type Instant } from '../time/stockholm';
import { exportRows, formatHundredths, type ExportRow, type ExportRowOptions } from './export-rows';
import { codeOf, mappingVersionsInForce, validatePayCodeMapping } from './pay-code-mapping';
import { PayrollExportError } from './payroll-export-error';
import { encodeText, type ExportEncoding } from './text-encoding';
import { xmlAttribute, xmlText } from './xml-escape';

export interface EmployeeLines {
  employeeId: string;
  lines: readonly PayLine[];
}

export interface PaxmlOptions extends ExportRowOptions {
  encoding: ExportEncoding;
  period: { start: CivilDate; end: CivilDate };
  /** Adds <schematransaktioner> with the ordinary hours of each day. */
  schedule: boolean;
  header?: { createdAt?: Instant; foretagorgnr?: string; foretagnamn?: string; programnamn?: string };
}

/** Refuses bad options and mappings before anything is written. */
export function checkPaxmlOptions(options: PaxmlOptions): void {
  validatePayCodeMapping(options.mapping, options.period.start, options.period.end);
  const orgnr = options.header?.foretagorgnr;
  if (orgnr !== undefined && orgnr.length > 12)
    throw new PayrollExportError(
      'INVALID_OPTIONS',
      `foretagorgnr ${JSON.stringify(orgnr)} is longer than 12 characters (PAXml string12TYPE)`,
    );
  for (const text of [orgnr, options.header?.foretagnamn, options.header?.programnamn])
    if (text !== undefined) xmlText(text, options.encoding);
}

/** One employee's finished rows (and scheduled hours per day, for <schematransaktioner>). */
export interface EmployeeRows {
  employeeId: string;
  rows: readonly ExportRow[];
  /** Ordinary (scheduled) hours per day in hundredths; written only when options.schedule is set. */
  schedule: readonly { date: CivilDate; hundredths: number }[];
}

/** Classified lines → rows and schedule days, lazily, one employee at a time. */
export function* employeeRowsOf(
  employees: Iterable<EmployeeLines>,
  options: ExportRowOptions & { schedule: boolean },
): Generator<EmployeeRows> {
  for (const { employeeId, lines } of employees) {
    yield {
      employeeId,
      rows: exportRows(employeeId, lines, options),
      schedule: options.schedule
        ? lines
            .filter((l) => l.category === 'ordinary')
            .map((l) => ({ date: l.date, hundredths: Math.round(Math.round(l.hours * 3_600_000) / 36_000) }))
        : [],
    };
  }
}

/** The document as text chunks (call checkPaxmlOptions first, or use writePaxml). */
export function paxmlChunks(employees: Iterable<EmployeeLines>, options: PaxmlOptions): Generator<string> {
  return paxmlRowChunks(employeeRowsOf(employees, options), options);
}

/**
 * The document from finished rows, which may be negative (corrections of an earlier export are
 * adjustment transactions, RULES.md §6.2). `mapping` is used only for the names in <koder>.
 */
export function* paxmlRowChunks(employees: Iterable<EmployeeRows>, options: PaxmlOptions): Generator<string> {
  const enc = options.encoding;
  const h = options.header ?? {};
  let head = `<?xml version="1.0" encoding="${enc}"?>\n`;
  head +=
    '<paxml xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://www.paxml.se/2.0/paxml.xsd">\n';
  head += '  <header>\n    <format>LÖNIN</format>\n    <version>2.0</version>\n';
  if (h.createdAt !== undefined) head += `    <datum>${formatLocalIso(h.createdAt)}</datum>\n`;
  if (h.foretagorgnr !== undefined) head += `    <foretagorgnr>${xmlText(h.foretagorgnr, enc)}</foretagorgnr>\n`;
  if (h.foretagnamn !== undefined) head += `    <foretagnamn>${xmlText(h.foretagnamn, enc)}</foretagnamn>\n`;
  head += `    <programnamn>${xmlText(h.programnamn ?? 'Bemanna', enc)}</programnamn>\n  </header>\n`;
  head += koder(options);
  head += '  <tidtransaktioner>\n';
  yield head;

  let postid = 0;
  const lonetrans: string[] = [];
  const schema: string[] = [];
  for (const { employeeId, rows, schedule } of employees) {
    const id = xmlAttribute(employeeId, enc);
    let chunk = '';
    for (const row of rows) {
      postid++;
      const hours = formatHundredths(row.hundredths);
      if ('tidkod' in row.target) {
        chunk += `    <tidtrans anstid="${id}" postid="${postid}"><tidkod>${row.target.tidkod}</tidkod><datum>${row.date}</datum><timmar>${hours}</timmar></tidtrans>\n`;
      } else {
        lonetrans.push(
          `    <lonetrans anstid="${id}" postid="${postid}"><lonart>${xmlText(row.target.lonart, enc)}</lonart><datum>${row.date}</datum><antal>${hours}</antal></lonetrans>\n`,
        );
      }
    }
    if (options.schedule && schedule.length > 0) {
      let s = `    <schema anstid="${id}">\n`;
      for (const d of schedule) s += `      <dag datum="${d.date}" timmar="${formatHundredths(d.hundredths)}"/>\n`;
      schema.push(`${s}    </schema>\n`);
    }
    if (chunk !== '') yield chunk;
  }
  let tail = '  </tidtransaktioner>\n';
  if (lonetrans.length > 0) tail += `  <lonetransaktioner>\n${lonetrans.join('')}  </lonetransaktioner>\n`;
  if (schema.length > 0) tail += `  <schematransaktioner>\n${schema.join('')}  </schematransaktioner>\n`;
  yield `${tail}</paxml>\n`;
}

/** Encoded chunks; options and mapping are checked before the first one. */
export function* writePaxml(employees: Iterable<EmployeeLines>, options: PaxmlOptions): Generator<Uint8Array> {
  checkPaxmlOptions(options);
  for (const text of paxmlChunks(employees, options)) yield encodeText(text, options.encoding);
}

/** Encoded chunks from finished rows (see paxmlRowChunks); options and mapping checked first. */
export function* writePaxmlRows(employees: Iterable<EmployeeRows>, options: PaxmlOptions): Generator<Uint8Array> {
  checkPaxmlOptions(options);
  for (const text of paxmlRowChunks(employees, options)) yield encodeText(text, options.encoding);
}

/** <koder>: names for the generic codes the mapping in force during the period uses. */
function koder(options: PaxmlOptions): string {
  const named = new Map<string, string>();
  for (const v of mappingVersionsInForce(options.mapping, options.period.start, options.period.end)) {
    for (const target of Object.values(v.codes))
      if (target?.name !== undefined && 'tidkod' in target) named.set(codeOf(target), target.name);
  }
  if (named.size === 0) return '';
  const list = [...named].sort(([a], [b]) => (a < b ? -1 : 1));
  const enc = options.encoding;
  return `  <koder>\n${list.map(([id, name]) => `    <kod id="${xmlAttribute(id, enc)}" namn="${xmlAttribute(name, enc)}"/>\n`).join('')}  </koder>\n`;
}
