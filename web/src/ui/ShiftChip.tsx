import { readableTextOn } from './colour';

/** A shift type's code on its colour, as rosters show it. */
export function ShiftChip({ code, colour, small }: { code: string; colour: string; small?: boolean }) {
  return (
    <span
      className={small ? 'shift-chip shift-chip--small' : 'shift-chip'}
      style={{ background: colour, color: readableTextOn(colour) }}
    >
      {code || '?'}
    </span>
  );
}
