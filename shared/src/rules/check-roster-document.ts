// The one call behind `npm run rules:check` and POST /api/rules/check: parse and validate the
// roster document, evaluate it. Throws RosterDocumentError (→ exit 2 / HTTP 400) for bad input.
import { parseRosterDocument } from '../roster-document/parse-roster-document';
import { type EvaluationResult, evaluate } from './engine';

export type CheckResult = EvaluationResult;

export function checkRosterDocument(json: unknown): CheckResult {
  return evaluate(parseRosterDocument(json));
}
