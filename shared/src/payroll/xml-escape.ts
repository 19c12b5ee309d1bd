// XML 1.0 text and attribute escaping. Characters XML 1.0 cannot carry at all (most C0 controls,
// U+FFFE/U+FFFF, lone surrogates) are refused; for ISO-8859-1 output, characters beyond U+00FF
// become numeric character references, which any XML parser reads back as the same text.
import { PayrollExportError } from './payroll-export-error';
import { type ExportEncoding } from './text-encoding';

const PLAIN = /^[A-Za-z0-9 ._:/+-]*$/;

function escape(value: string, encoding: ExportEncoding, attribute: boolean): string {
  if (PLAIN.test(value)) return value;
  let out = '';
  for (const ch of value) {
    const cp = ch.codePointAt(0)!;
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (attribute && ch === '"') out += '&quot;';
    else if (attribute && (cp === 9 || cp === 10 || cp === 13)) out += `&#${cp};`;
    else if (
      (cp < 0x20 && cp !== 9 && cp !== 10 && cp !== 13) ||
      cp === 0xfffe ||
      cp === 0xffff ||
      (cp >= 0xd800 && cp <= 0xdfff)
    ) {
      throw new PayrollExportError(
        'UNENCODABLE_TEXT',
        `${JSON.stringify(value)} contains U+${cp.toString(16).toUpperCase().padStart(4, '0')}, which XML 1.0 cannot carry`,
      );
    } else if (encoding === 'ISO-8859-1' && cp > 0xff) out += `&#x${cp.toString(16).toUpperCase()};`;
    else out += ch;
  }
  return out;
}

export function xmlText(value: string, encoding: ExportEncoding): string {
  return escape(value, encoding, false);
}

export function xmlAttribute(value: string, encoding: ExportEncoding): string {
  return escape(value, encoding, true);
}
