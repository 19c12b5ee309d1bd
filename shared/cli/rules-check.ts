// `npm run rules:check -- <roster.json>`: checks a roster document (docs/roster-format.md) and
// prints { violations, exceptionsUsed, employees } as JSON. Exit 0 with or without violations,
// 2 on invalid input (message names the field), 1 on an internal error.
import { checkRosterDocument } from '../src/rules/check-roster-document';
import { mainJsonCli } from './cli-support';

mainJsonCli({ name: 'rules:check', usage: 'npm run rules:check -- <roster.json>' }, checkRosterDocument);
