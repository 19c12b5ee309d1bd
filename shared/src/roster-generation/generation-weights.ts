// How much each soft term of a generated roster weighs, as a department tunes it. A scheduler
// reads the weights in people and hours (per person missing on a shift, per hour away from
// contract); the solver wants integers per person and per minute, so the whole set is scaled by
// the least factor that keeps the hourly weights whole per minute (1 for the defaults): only the
// ratios matter to the search, and every score stays an exact integer.

export interface GenerationWeights {
  /** Per person below a minimum need, per shift. */
  belowMin: number;
  /** Per person below a target need, per shift (generate only: fill gaps aims at minimums). */
  belowTarget: number;
  /** Per person above a target need, per shift. */
  overTarget: number;
  /** Per hour away from contract hours (less leave), over the period. */
  contractPerHour: number;
  /** Per hour worked by agency staff. */
  agencyPerHour: number;
  /** Per night beyond a person's fair share of the night cover. */
  nightBeyondShare: number;
  /** Per night a person is short of their fair share (rounded down): pulls nights to those with few. */
  nightBelowShare: number;
  /** Per wish for a shift type not granted. */
  wishShift: number;
  /** Per wish for a day off not granted. */
  wishFree: number;
  /** Per "can work" day left free. */
  wishCanWork: number;
  /**
   * Per wish not granted (shift or day off), times the person's wishes not granted before it:
   * spreads unmet wishes over people (n unmet cost n(n−1)/2 times this on top of their weights).
   * At a wish's own weight (the default), a person's second unmet wish weighs two, the third three.
   */
  unmetWishesPiled: number;
  /**
   * Per weekend worked, times the person's weekends worked before it: spreads the weekend cover
   * over people below the weekend frequency's cap (n weekends cost n(n−1)/2 times this).
   */
  weekendsPiled: number;
  /** Per backward rotation: a shift starting earlier in the day than the one the day before (evening → day). */
  backwardRotation: number;
  /** Per block of nights followed by less than the rule set's rest (48 h) before the next shift. */
  restAfterNights: number;
  /** Per night beyond the rule set's most nights in a row (3). */
  nightsInARow: number;
}

export type GenerationWeightKey = keyof GenerationWeights;

export const DEFAULT_GENERATION_WEIGHTS: Readonly<GenerationWeights> = Object.freeze({
  belowMin: 1000,
  belowTarget: 60,
  overTarget: 25,
  contractPerHour: 60,
  agencyPerHour: 60,
  nightBeyondShare: 20,
  nightBelowShare: 20,
  wishShift: 40,
  wishFree: 40,
  wishCanWork: 5,
  unmetWishesPiled: 40,
  weekendsPiled: 10,
  backwardRotation: 30,
  restAfterNights: 40,
  nightsInARow: 40,
});

/** The largest weight a department may set: with a year of cells the scores stay exact integers. */
export const MAX_GENERATION_WEIGHT = 10_000;

const PER_PERSON = { sv: 'per person och pass', en: 'per person and shift' };
const PER_WISH = { sv: 'per önskemål', en: 'per wish' };

/** Each weight with what it counts, in the order a form shows them. */
export const GENERATION_WEIGHT_FIELDS: ReadonlyArray<{
  key: GenerationWeightKey;
  min: number;
  label: { sv: string; en: string };
  per: { sv: string; en: string };
}> = [
  { key: 'belowMin', min: 1, label: { sv: 'Under lägsta bemanning', en: 'Below a minimum need' }, per: PER_PERSON },
  { key: 'belowTarget', min: 0, label: { sv: 'Under önskad bemanning', en: 'Below a target need' }, per: PER_PERSON },
  { key: 'overTarget', min: 0, label: { sv: 'Över önskad bemanning', en: 'Above a target need' }, per: PER_PERSON },
  {
    key: 'contractPerHour',
    min: 0,
    label: { sv: 'Avvikelse från avtalad arbetstid', en: 'Hours away from contract' },
    per: { sv: 'per timme', en: 'per hour' },
  },
  {
    key: 'agencyPerHour',
    min: 0,
    label: { sv: 'Inhyrd personal', en: 'Agency staff' },
    per: { sv: 'per arbetad timme', en: 'per hour worked' },
  },
  {
    key: 'nightBeyondShare',
    min: 0,
    label: { sv: 'Nattpass utöver rättvis andel', en: 'Nights beyond a fair share' },
    per: { sv: 'per natt', en: 'per night' },
  },
  {
    key: 'nightBelowShare',
    min: 0,
    label: { sv: 'Nattpass under rättvis andel', en: 'Nights below a fair share' },
    per: { sv: 'per natt som saknas', en: 'per night short' },
  },
  {
    key: 'wishShift',
    min: 0,
    label: { sv: 'Önskat pass som inte blir av', en: 'Shift wish not granted' },
    per: PER_WISH,
  },
  {
    key: 'wishFree',
    min: 0,
    label: { sv: 'Önskad ledighet som inte blir av', en: 'Day-off wish not granted' },
    per: PER_WISH,
  },
  {
    key: 'wishCanWork',
    min: 0,
    label: { sv: '”Kan arbeta” utan pass', en: '"Can work" left free' },
    per: { sv: 'per dag', en: 'per day' },
  },
  {
    key: 'unmetWishesPiled',
    min: 0,
    label: { sv: 'Ouppfyllda önskemål samlade på samma person', en: 'Unmet wishes piled on one person' },
    per: {
      sv: 'per önskemål, gånger personens tidigare ouppfyllda',
      en: "per wish, times the person's earlier unmet ones",
    },
  },
  {
    key: 'weekendsPiled',
    min: 0,
    label: { sv: 'Helger samlade på samma person', en: 'Weekends piled on one person' },
    per: { sv: 'per helg, gånger personens tidigare helger', en: "per weekend, times the person's earlier ones" },
  },
  {
    key: 'backwardRotation',
    min: 0,
    label: { sv: 'Bakåtrotation (t.ex. kväll → dag)', en: 'Backward rotation (e.g. evening → day)' },
    per: { sv: 'per gång', en: 'per time' },
  },
  {
    key: 'restAfterNights',
    min: 0,
    label: { sv: 'Kort vila efter nattpass (under 48 h)', en: 'Short rest after nights (under 48 h)' },
    per: { sv: 'per nattblock', en: 'per block of nights' },
  },
  {
    key: 'nightsInARow',
    min: 0,
    label: { sv: 'Fler än tre nattpass i följd', en: 'More than three nights in a row' },
    per: { sv: 'per natt utöver tre', en: 'per night beyond three' },
  },
];

export interface WeightProblem {
  field: GenerationWeightKey;
  message: { sv: string; en: string };
}

/** What is wrong with a full set of weights: each must be a whole number in its range. */
export function generationWeightProblems(weights: Partial<Record<GenerationWeightKey, unknown>>): WeightProblem[] {
  const problems: WeightProblem[] = [];
  for (const f of GENERATION_WEIGHT_FIELDS) {
    const v = weights[f.key];
    if (typeof v === 'number' && Number.isInteger(v) && v >= f.min && v <= MAX_GENERATION_WEIGHT) continue;
    problems.push({
      field: f.key,
      message: {
        sv: `${f.label.sv}: ange ett heltal från ${f.min} till ${MAX_GENERATION_WEIGHT.toLocaleString('sv-SE')}`,
        en: `${f.label.en}: give a whole number from ${f.min} to ${MAX_GENERATION_WEIGHT.toLocaleString('en-GB')}`,
      },
    });
  }
  return problems;
}

/** Stored weights over the defaults: a weight added after they were saved takes its default. */
export function withDefaultWeights(stored: Partial<GenerationWeights> | null | undefined): GenerationWeights {
  const out = { ...DEFAULT_GENERATION_WEIGHTS };
  for (const f of GENERATION_WEIGHT_FIELDS) {
    const v = stored?.[f.key];
    if (typeof v === 'number' && Number.isInteger(v)) out[f.key] = v;
  }
  return out;
}

/** The weights read per hour; the solver's weights are per minute. */
type HourlyWeightKey = 'contractPerHour' | 'agencyPerHour';

/** The weights in the solver's units (per person or occurrence, per minute), all integers. */
export type ModelWeights = Omit<GenerationWeights, HourlyWeightKey> & {
  contractPerMinute: number;
  agencyPerMinute: number;
};

export function toModelWeights(w: GenerationWeights): ModelWeights {
  const scale = 60 / gcd(60, gcd(w.contractPerHour, w.agencyPerHour));
  const { contractPerHour, agencyPerHour, ...perOccurrence } = w;
  const scaled = Object.fromEntries(Object.entries(perOccurrence).map(([key, value]) => [key, value * scale]));
  return {
    ...(scaled as Omit<GenerationWeights, HourlyWeightKey>),
    contractPerMinute: (contractPerHour * scale) / 60,
    agencyPerMinute: (agencyPerHour * scale) / 60,
  };
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
