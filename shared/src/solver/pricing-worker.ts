// The worker thread of threaded-pricer.ts: compiles the model once, then prices the jobs of each
// round it can take from the shared counter with its own window DP, and answers with their rows.
import { parentPort, workerData } from 'node:worker_threads';
import { compileModel } from './compile-model';
import { RosterState } from './roster-state';
import { JOBS_DONE, NEXT_JOB, READY, ROUND_DONE, type PricingInitMessage, type PricingRoundAnswer, type PricingRoundMessage } from './threaded-pricer';
import { WindowOptimizer } from './window-dp';

const { model, control: shared, results } = workerData as PricingInitMessage;
const control = new Int32Array(shared);
const cm = compileModel(model);
let dp: WindowOptimizer | null = null;
let frame: RosterState | null = null;
Atomics.store(control, READY, 1);

function priceRound({ round, x, reward, a, b, bigM, jobs }: PricingRoundMessage): PricingRoundAnswer {
  const answer: PricingRoundAnswer = { round, priced: [] };
  try {
    if (x) frame = new RosterState(cm, x);
    if (!dp || dp.bigM !== bigM) dp = new WindowOptimizer(cm, bigM);
    if (!frame) throw new Error('pricing round without a frame');
    for (;;) {
      const k = Atomics.add(control, NEXT_JOB, 1);
      if (k >= jobs.length) break;
      const [priced] = dp.priceRows(frame, [jobs[k]], reward, a, b);
      if (!priced) throw new Error(`job ${k} left unpriced`);
      answer.priced.push([k, priced]);
      Atomics.add(control, JOBS_DONE, 1);
    }
  } catch (error) {
    answer.error = error instanceof Error ? error.message : String(error);
  }
  return answer;
}

parentPort?.on('message', (message: PricingRoundMessage) => {
  const answer = priceRound(message);
  // Posted before the round is marked done: the waiting thread reads it as soon as it wakes.
  results.postMessage(answer);
  Atomics.store(control, ROUND_DONE, message.round);
  Atomics.notify(control, ROUND_DONE);
});
