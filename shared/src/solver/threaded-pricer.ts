// Column generation's pricing on two cores (Node only): a worker thread with its own copy of the
// model and window DP takes jobs of every pricing round from a shared counter while this thread
// takes the others. Pricing rounds are the exact phase's cost (Instance19: ~0.7 s a round, the
// LP ~0.1 s), and every employee's DP is independent of the others', so a round takes about half
// the time and gives the same rows: each job's row depends on its inputs alone, not on which
// thread priced it.
//
// The solver's steps are synchronous, so this thread blocks on the round's end (Atomics.wait)
// and reads the worker's rows with receiveMessageOnPort. A worker that fails or stops answering
// is ended and its jobs priced here: pricing never depends on it.
import type * as WorkerThreads from 'node:worker_threads';
import type { SolverModel } from './model';
import type { RosterState } from './roster-state';
import type { PricingThread, LocalRowPricer, PricedJob, PricingJob } from './row-pricer';

/**
 * Slots of the shared control array: the next job to take, the last round done, jobs priced by
 * the worker, and whether it has compiled its model (until then rounds are priced here alone).
 */
export const NEXT_JOB = 0;
export const ROUND_DONE = 1;
export const JOBS_DONE = 2;
export const READY = 3;
const CONTROL_SLOTS = 4;
/** A round whose worker priced no job for this long is given up (its jobs are priced here). */
const SILENT_WORKER_MS = 60_000;
const WAIT_SLICE_MS = 250;

/** A round as the worker receives it; `x` only when the frame changed since the last round. */
export interface PricingRoundMessage {
  round: number;
  x?: Int16Array;
  reward: Float64Array;
  a: number;
  b: number;
  bigM: number;
  jobs: PricingJob[];
}

export interface PricingInitMessage {
  model: SolverModel;
  control: SharedArrayBuffer;
  results: WorkerThreads.MessagePort;
}

/** The worker's answer to a round: [job index, its row(s)] for each job it priced. */
export interface PricingRoundAnswer {
  round: number;
  priced: [number, PricedJob][];
  error?: string;
}

/**
 * The worker's script beside this file: compiled JavaScript in the API; TypeScript under tsx
 * (the benches) and Jest, where workers do not inherit a loader, so tsx's CommonJS hook is
 * registered first.
 */
function workerScript(): { script: string; eval: boolean } {
  const ext = __filename.endsWith('.ts') ? '.ts' : '.js';
  const file = `${__dirname}/pricing-worker${ext}`;
  if (ext !== '.ts') return { script: file, eval: false };
  return { script: `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(file)});`, eval: true };
}

export class ThreadedPricer implements PricingThread {
  private readonly control: Int32Array;
  private round = 0;
  private lastFrame: RosterState | null = null;
  private worker: WorkerThreads.Worker | null;

  constructor(
    private readonly threads: typeof WorkerThreads,
    private readonly local: LocalRowPricer,
    worker: WorkerThreads.Worker,
    private readonly port: WorkerThreads.MessagePort,
    control: SharedArrayBuffer,
  ) {
    this.worker = worker;
    this.control = new Int32Array(control);
  }

  /** Whether the worker has compiled its model and takes jobs. */
  get ready(): boolean {
    return this.worker !== null && Atomics.load(this.control, READY) === 1;
  }

  /** Jobs the worker has priced so far. */
  get workerJobs(): number {
    return Atomics.load(this.control, JOBS_DONE);
  }

  /**
   * `RowPricer.priceRows`. A frame goes to the worker once, with the first round that uses it, so
   * it must not change while it is in use (column generation's never changes once built).
   */
  priceRows(frame: RosterState, jobs: readonly PricingJob[], reward: Float64Array, a: number, b: number, stop?: () => boolean): (PricedJob | undefined)[] {
    const worker = this.worker;
    if (!worker || jobs.length < 2 || !this.ready) return this.local.priceRows(frame, jobs, reward, a, b, stop);
    const n = jobs.length;
    const out: (PricedJob | undefined)[] = new Array(n).fill(undefined);
    if (stop?.()) return out;
    const control = this.control;
    const round = ++this.round;
    Atomics.store(control, NEXT_JOB, 0);
    const message: PricingRoundMessage = { round, reward, a, b, bigM: this.local.bigM, jobs: [...jobs] };
    if (frame !== this.lastFrame) message.x = frame.x;
    worker.postMessage(message);
    this.lastFrame = frame;
    let stopped = false;
    for (;;) {
      if (stop?.()) {
        stopped = true;
        // The worker takes no job after this one; it ends the one it has.
        Atomics.add(control, NEXT_JOB, n);
        break;
      }
      const k = Atomics.add(control, NEXT_JOB, 1);
      if (k >= n) break;
      out[k] = this.local.priceRows(frame, [jobs[k]], reward, a, b)[0];
    }
    const answer = this.awaitWorker(round);
    if (answer) for (const [k, priced] of answer.priced) out[k] = priced;
    if (!answer || answer.error) this.dispose();
    if (!stopped) {
      // Jobs a failed worker took are priced here.
      for (let k = 0; k < n; k++) out[k] ??= this.local.priceRows(frame, [jobs[k]], reward, a, b)[0];
    }
    return out;
  }

  /** Blocks until the worker's answer to `round`; null when it went silent. */
  private awaitWorker(round: number): PricingRoundAnswer | null {
    const control = this.control;
    let jobsDone = Atomics.load(control, JOBS_DONE);
    let silentMs = 0;
    for (;;) {
      const done = Atomics.load(control, ROUND_DONE);
      if (done === round) {
        // The answer was posted before the round was marked done.
        for (;;) {
          const received = this.threads.receiveMessageOnPort(this.port);
          if (!received) return null;
          const answer = received.message as PricingRoundAnswer;
          if (answer.round === round) return answer;
        }
      }
      Atomics.wait(control, ROUND_DONE, done, WAIT_SLICE_MS);
      const now = Atomics.load(control, JOBS_DONE);
      silentMs = now === jobsDone ? silentMs + WAIT_SLICE_MS : 0;
      jobsDone = now;
      if (silentMs >= SILENT_WORKER_MS) return null;
    }
  }

  dispose(): void {
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    this.port.close();
    void worker.terminate();
  }
}

/**
 * A pricer for `model` that shares every round between this thread (with `local`, the window DP
 * of `model` this thread prices with) and a worker thread, or null where threads are not
 * available (`PricingThreadStarter`). `dispose` ends the worker; it never keeps the process alive.
 */
export function startPricingThread(model: SolverModel, local: LocalRowPricer): ThreadedPricer | null {
  // Node's own loader of its modules: no import for a browser bundle to resolve.
  if (typeof process === 'undefined' || typeof process.getBuiltinModule !== 'function' || typeof SharedArrayBuffer !== 'function') return null;
  try {
    const threads = process.getBuiltinModule('node:worker_threads');
    const { script, eval: isCode } = workerScript();
    const control = new SharedArrayBuffer(CONTROL_SLOTS * Int32Array.BYTES_PER_ELEMENT);
    const channel = new threads.MessageChannel();
    const init: PricingInitMessage = { model, control, results: channel.port2 };
    const worker = new threads.Worker(script, { eval: isCode, workerData: init, transferList: [channel.port2] });
    worker.unref();
    // Errors show up as a silent or failed round; the listener keeps them from being thrown here.
    worker.on('error', () => undefined);
    return new ThreadedPricer(threads, local, worker, channel.port1, control);
  } catch {
    return null;
  }
}
