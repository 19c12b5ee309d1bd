// Team episodes of the exact phase: column generation over a few employees and a few weeks, the
// rest of the roster held. Where whole-period pricing rounds are too slow, a team's master still
// settles in ~10–25 rounds of milliseconds each, and its dive re-plans the team's weeks jointly —
// what the neighbourhood search, which re-inserts employees one at a time, cannot do. See
// docs/solver.md, "Team episodes".
import type { CompiledModel } from './compile-model';
import type { Prng } from './prng';

/** A team episode's days (`a..b`) and employees. */
export interface TeamEpisode {
  a: number;
  b: number;
  employees: number[];
}

/** Days of a team episode (or the whole period when shorter). */
export const TEAM_WINDOW_DAYS = 28;
/** A team's first size, and the least it shrinks to. */
export const TEAM_FIRST_SIZE = 16;
export const TEAM_LEAST_SIZE = 8;

/**
 * A team episode over the roster `x` whose cover counts are `reqCount`: with probability `focus`
 * (and while a requirement is under its target or minimum) around one such requirement, half the
 * team drawn from those who may work it and the window placed to contain its day; the rest of the
 * team drawn at random.
 */
export function pickTeam(
  cm: CompiledModel,
  x: Int16Array,
  reqCount: Int32Array,
  rng: Prng,
  size: number,
  focus: number,
): TeamEpisode {
  const { E, H, S } = cm;
  const len = Math.min(H, TEAM_WINDOW_DAYS);
  const team = new Set<number>();
  const wanted = Math.min(E, size);
  let a = rng.int(H - len + 1);
  const open: number[] = [];
  for (let r = 0; r < cm.R; r++) if (reqCount[r] < cm.reqTarget[r] || reqCount[r] < cm.reqMin[r]) open.push(r);
  if (open.length > 0 && rng.next() < focus) {
    const r = open[rng.int(open.length)];
    const d = cm.reqDay[r];
    a = Math.max(0, Math.min(H - len, d - rng.int(len)));
    const able: number[] = [];
    for (let e = 0; e < E; e++) {
      if (cm.allowed[(e * H + d) * S + cm.reqShift[r]] && x[e * H + d] !== cm.reqShift[r]) able.push(e);
    }
    // A partial shuffle: the first picks of `able` are a uniform sample.
    const half = Math.min(able.length, Math.ceil(wanted / 2));
    for (let i = 0; i < half; i++) {
      const j = i + rng.int(able.length - i);
      [able[i], able[j]] = [able[j], able[i]];
      team.add(able[i]);
    }
  }
  if (wanted >= E) for (let e = 0; e < E; e++) team.add(e);
  while (team.size < wanted) team.add(rng.int(E));
  return { a, b: a + len - 1, employees: [...team].sort((p, q) => p - q) };
}

/**
 * The next team's size: episodes are kept near `targetMs` each (a team twice as slow shrinks by a
 * quarter, one twice as quick grows by a quarter), between TEAM_LEAST_SIZE and everyone.
 */
export function nextTeamSize(size: number, tookMs: number, targetMs: number, employees: number): number {
  if (tookMs > 2 * targetMs) return Math.max(Math.min(TEAM_LEAST_SIZE, employees), Math.floor(size * 0.75));
  if (tookMs < targetMs / 2) return Math.min(employees, Math.ceil(size * 1.25));
  return size;
}

/** Bounds of the search's time between two team episodes, per ms the last episode took. */
const LEAST_SEARCH_RATIO = 1 / 8;
const MOST_SEARCH_RATIO = 8;
/** Weight of the older measures in the smoothed gains and times (each new one counts in full). */
const FADE = 0.5;

/**
 * How the time after team episodes start is shared between them and the neighbourhood search: the
 * search's stretch between two episodes is the last episode's time × a ratio that halves while
 * episodes gain more per ms than the search (both smoothed over the last few), and doubles while
 * they gain less. Where the search is still descending fast at the end (Instance21) it keeps most
 * of the time; where it has stalled (Instance20) the episodes get it.
 */
export class TeamTimeShare {
  ratio = 1;
  private searchGain = 0;
  private searchMs = 0;
  private teamGain = 0;
  private teamMs = 0;

  /** A stretch of search that lowered the best score by `gain` in `ms`. */
  searched(gain: number, ms: number): void {
    this.searchGain = FADE * this.searchGain + gain;
    this.searchMs = FADE * this.searchMs + ms;
  }

  /** A team episode that lowered the best score by `gain` in `ms`; returns the next stretch of search, in ms. */
  episode(gain: number, ms: number): number {
    this.teamGain = FADE * this.teamGain + gain;
    this.teamMs = FADE * this.teamMs + ms;
    if (this.searchMs > 0 && this.teamMs > 0) {
      // On a tie (both stalled, as on Instance13) the search keeps the time: it is the cheaper.
      const teamsAhead = this.teamGain / this.teamMs > this.searchGain / this.searchMs;
      this.ratio = teamsAhead ? Math.max(LEAST_SEARCH_RATIO, this.ratio / 2) : Math.min(MOST_SEARCH_RATIO, this.ratio * 2);
    }
    return this.ratio * ms;
  }
}
