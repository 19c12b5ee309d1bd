// The solver's mutable roster with incrementally maintained cover counts, per-employee totals
// and the objective. Changing a cell updates cover in O(requirements of the cell); employee
// terms are recomputed once per changed employee (O(days)) when the objective is read.
import { OFF, coverPenalty, countsFor, type CompiledModel } from './compile-model';
import { scanEmployee } from './evaluate';

export class RosterState {
  readonly x: Int16Array;
  readonly reqCount: Int32Array;
  readonly minutes: Int32Array;
  readonly typeCount: Int32Array;
  readonly weekendCells: Int32Array;
  coverTotal = 0;
  /**
   * Search guidance (not part of the score): an extra penalty per missing person of each
   * requirement, raised while a need stays uncovered so that plateaus get a direction.
   */
  readonly guide: Float64Array;
  guideTotal = 0;
  private readonly soft: Float64Array;
  private readonly shortfall: Float64Array;
  private softTotal = 0;
  private shortfallTotal = 0;
  private readonly dirty: Uint8Array;
  private readonly dirtyList: number[] = [];

  constructor(readonly cm: CompiledModel, initial: Int16Array) {
    const { E, H, S } = cm;
    this.x = new Int16Array(E * H).fill(OFF);
    this.reqCount = new Int32Array(cm.R);
    this.guide = new Float64Array(cm.R);
    this.minutes = new Int32Array(E);
    this.typeCount = new Int32Array(E * S);
    this.weekendCells = new Int32Array(E * Math.max(1, cm.nWeekends));
    this.soft = new Float64Array(E);
    this.shortfall = new Float64Array(E);
    this.dirty = new Uint8Array(E);
    for (let r = 0; r < cm.R; r++) this.coverTotal += coverPenalty(cm, r, 0);
    for (let e = 0; e < E; e++) {
      for (let d = 0; d < H; d++) this.set(e, d, initial[e * H + d]);
      if (!this.dirty[e]) {
        this.dirty[e] = 1;
        this.dirtyList.push(e);
      }
    }
    this.refresh();
  }

  get(e: number, d: number): number {
    return this.x[e * this.cm.H + d];
  }

  set(e: number, d: number, v: number): void {
    const cm = this.cm;
    const i = e * cm.H + d;
    const old = this.x[i];
    if (old === v) return;
    if (old !== OFF) this.move(e, d, old, -1);
    this.x[i] = v;
    if (v !== OFF) this.move(e, d, v, +1);
    if (!this.dirty[e]) {
      this.dirty[e] = 1;
      this.dirtyList.push(e);
    }
  }

  private move(e: number, d: number, s: number, delta: number): void {
    const cm = this.cm;
    this.minutes[e] += delta * cm.shiftMinutes[s];
    this.typeCount[e * cm.S + s] += delta;
    const k = cm.weekendOfCell[d * cm.S + s];
    if (k >= 0) this.weekendCells[e * cm.nWeekends + k] += delta;
    const c = d * cm.S + s;
    for (let j = cm.cellReqStart[c]; j < cm.cellReqStart[c + 1]; j++) {
      const r = cm.cellReqIdx[j];
      if (!countsFor(cm, e, r)) continue;
      const n = this.reqCount[r];
      this.coverTotal += coverPenalty(cm, r, n + delta) - coverPenalty(cm, r, n);
      const g = this.guide[r];
      if (g !== 0) {
        const t = cm.reqTarget[r];
        this.guideTotal += g * (Math.max(0, t - n - delta) - Math.max(0, t - n));
      }
      this.reqCount[r] = n + delta;
    }
  }

  /** Updates the guide weights: raise uncovered needs by `raise`, let the others decay. */
  updateGuide(raise: number, decay: number): void {
    const cm = this.cm;
    let total = 0;
    for (let r = 0; r < cm.R; r++) {
      const missing = Math.max(0, cm.reqTarget[r] - this.reqCount[r]);
      // Never above the need's own weight: guidance redirects, it does not redefine the goal.
      const cap = cm.reqUnder[r] + cm.reqMinW[r];
      this.guide[r] = missing > 0 ? Math.min(cap, this.guide[r] + raise) : this.guide[r] * decay;
      if (this.guide[r] < 1e-3) this.guide[r] = 0;
      total += this.guide[r] * missing;
    }
    this.guideTotal = total;
  }

  /** Recomputes the employee terms of every changed employee. */
  refresh(): void {
    for (const e of this.dirtyList) {
      const scan = scanEmployee(this.cm, this.x, e);
      this.softTotal += scan.soft - this.soft[e];
      this.shortfallTotal += scan.shortfall - this.shortfall[e];
      this.soft[e] = scan.soft;
      this.shortfall[e] = scan.shortfall;
      this.dirty[e] = 0;
    }
    this.dirtyList.length = 0;
  }

  /** Soft score (cover + employee terms). */
  softScore(): number {
    this.refresh();
    return this.coverTotal + this.softTotal;
  }

  /** Total shortfall of the minimum rules; 0 means the roster is feasible. */
  shortfallScore(): number {
    this.refresh();
    return this.shortfallTotal;
  }

  employeeShortfall(e: number): number {
    this.refresh();
    return this.shortfall[e];
  }

  weekendsWorked(e: number): number {
    let w = 0;
    for (let k = 0; k < this.cm.nWeekends; k++) if (this.weekendCells[e * this.cm.nWeekends + k] > 0) w++;
    return w;
  }
}
