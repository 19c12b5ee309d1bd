// Small transforms and patterns shared by request DTOs.
type TransformArgs = { value: unknown };

export const trim = ({ value }: TransformArgs) => (typeof value === 'string' ? value.trim() : value);

export const trimLower = ({ value }: TransformArgs) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

/** An empty optional text field clears the value instead of storing ''. */
export const trimOrNull = ({ value }: TransformArgs) =>
  typeof value === 'string' ? (value.trim() === '' ? null : value.trim()) : value;

/** Codes and numbers people type: letters (å, ä, ö too), digits, - and _. */
export const CODE_PATTERN = /^[\p{L}\p{N}_-]+$/u;

export const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{4,19}$/;

export const HEX_COLOUR_PATTERN = /^#[0-9a-f]{6}$/;

export const CLOCK_TIME_PATTERN = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

export const CIVIL_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;
