// `npm run pay:classify -- <roster.json>`: classifies the worked time of a roster document
// (docs/roster-format.md) and prints { lines: [{ employeeId, date, category, hours }], totals }
// as JSON (docs/payroll.md). Exit 0, 2 on invalid input (message names the field or the shifts),
// 1 on an internal error.
import { classifyRoster } from '../src/pay/classify-roster';
import { PayClassificationError } from '../src/pay/pay-classification-error';
import { parseRosterDocument } from '../src/roster-document/parse-roster-document';
import { CliInputError, mainJsonCli } from './cli-support';

mainJsonCli({ name: 'pay:classify', usage: 'npm run pay:classify -- <roster.json>' }, (input) => {
  const snapshot = parseRosterDocument(input);
  try {
    return classifyRoster(snapshot);
  } catch (error) {
    if (error instanceof PayClassificationError) throw new CliInputError(error.message);
    throw error;
  }
});
