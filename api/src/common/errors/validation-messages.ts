import { getMetadataStorage, type ValidationError } from 'class-validator';
import type { Bilingual, FieldProblem } from './domain-error';

type Describe = (args: unknown[]) => Bilingual;

// One bilingual sentence per class-validator constraint we use. A constraint missing here falls
// back to class-validator's English text, so a forgotten entry degrades, never breaks.
const MESSAGES: Record<string, Describe> = {
  whitelistValidation: () => ({ sv: 'Okänt fält', en: 'Unknown field' }),
  isDefined: () => ({ sv: 'Måste anges', en: 'Is required' }),
  isNotEmpty: () => ({ sv: 'Får inte vara tomt', en: 'Must not be empty' }),
  isString: () => ({ sv: 'Måste vara text', en: 'Must be text' }),
  isEmail: () => ({ sv: 'Ogiltig e-postadress', en: 'Not a valid e-mail address' }),
  isInt: () => ({ sv: 'Måste vara ett heltal', en: 'Must be a whole number' }),
  isNumber: () => ({ sv: 'Måste vara ett tal', en: 'Must be a number' }),
  isBoolean: () => ({ sv: 'Måste vara sant eller falskt', en: 'Must be true or false' }),
  nestedValidation: () => ({ sv: 'Ogiltigt innehåll', en: 'Invalid content' }),
  isUuid: () => ({ sv: 'Ogiltigt id', en: 'Not a valid id' }),
  isArray: () => ({ sv: 'Måste vara en lista', en: 'Must be a list' }),
  arrayUnique: () => ({ sv: 'Listan innehåller dubbletter', en: 'The list contains duplicates' }),
  isHexColor: () => ({ sv: 'Ogiltig färg (t.ex. #1a7f37)', en: 'Not a valid colour (e.g. #1a7f37)' }),
  min: ([n]) => ({ sv: `Måste vara minst ${n}`, en: `Must be at least ${n}` }),
  max: ([n]) => ({ sv: `Får vara högst ${n}`, en: `Must be at most ${n}` }),
  minLength: ([n]) => ({ sv: `Måste ha minst ${n} tecken`, en: `Must be at least ${n} characters` }),
  maxLength: ([n]) => ({ sv: `Får ha högst ${n} tecken`, en: `Must be at most ${n} characters` }),
  isIn: ([values]) => ({
    sv: `Måste vara ett av: ${(values as unknown[]).join(', ')}`,
    en: `Must be one of: ${(values as unknown[]).join(', ')}`,
  }),
  isEnum: ([values]) => ({
    sv: `Måste vara ett av: ${Object.values(values as object).join(', ')}`,
    en: `Must be one of: ${Object.values(values as object).join(', ')}`,
  }),
};

const NEEDS_ARGUMENTS = new Set(['min', 'max', 'minLength', 'maxLength', 'isIn', 'isEnum']);

const PATTERN_MESSAGES: Record<string, Bilingual> = {
  clockTime: { sv: 'Måste vara en tid HH:mm (00:00–23:59)', en: 'Must be a time HH:mm (00:00–23:59)' },
  civilDate: { sv: 'Måste vara ett datum ÅÅÅÅ-MM-DD', en: 'Must be a date YYYY-MM-DD' },
  dateTime: {
    sv: 'Måste vara datum och tid ÅÅÅÅ-MM-DDTHH:mm (svensk tid) eller med tidszon',
    en: 'Must be a date and time YYYY-MM-DDTHH:mm (Swedish time) or with an offset',
  },
  phone: { sv: 'Ogiltigt telefonnummer', en: 'Not a valid phone number' },
  colour: { sv: 'Ogiltig färg (t.ex. #1a7f37)', en: 'Not a valid colour (e.g. #1a7f37)' },
  code: {
    sv: 'Får bara innehålla bokstäver, siffror, - och _',
    en: 'May only contain letters, digits, - and _',
  },
};

/** Flattens class-validator errors into one bilingual message per field (nested paths dotted). */
export function describeValidationErrors(errors: ValidationError[], parent = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    if (constraints.length > 0) {
      // One message per field: the most basic rule it breaks ("must be a number" before "at most 100").
      const [constraint, fallback] = constraints.sort(([a], [b]) => priority(a) - priority(b))[0];
      problems.push({ field, message: describe(error, constraint, fallback) });
    }
    if (error.children?.length) problems.push(...describeValidationErrors(error.children, field));
  }
  return problems;
}

const FIRST_CHECKED = [
  'whitelistValidation',
  'isDefined',
  'isNotEmpty',
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isArray',
];

function priority(constraint: string): number {
  const index = FIRST_CHECKED.indexOf(constraint);
  return index === -1 ? FIRST_CHECKED.length : index;
}

function describe(error: ValidationError, constraint: string, fallback: string): Bilingual {
  if (constraint === 'matches') {
    const key = error.contexts?.matches?.pattern as string | undefined;
    if (key && PATTERN_MESSAGES[key]) return PATTERN_MESSAGES[key];
  }
  const describeFn = MESSAGES[constraint];
  const args = constraintArguments(error, constraint);
  if (!describeFn || (args.length === 0 && NEEDS_ARGUMENTS.has(constraint))) {
    return { sv: fallback, en: fallback };
  }
  return describeFn(args);
}

function constraintArguments(error: ValidationError, constraint: string): unknown[] {
  if (!error.target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(error.target.constructor, '', true, false)
    .find((m) => m.propertyName === error.property && m.name === constraint);
  return metadata?.constraints ?? [];
}
