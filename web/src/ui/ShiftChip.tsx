import { readableTextOn } from './colour';

/** A shift type's code on its colour, as rosters show it. */
export function ShiftChip({ code, colour }: { code: string; colour: string }) {
  return (
    <span className="shift-chip" style={{ background: colour, color: readableTextOn(colour) }}>
      {code || '?'}
    </span>
  );
}
