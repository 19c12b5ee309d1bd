// Fails when web/src/api/openapi.json or schema.d.ts is stale: regenerates both from the API's
// decorators into a temporary folder and compares them byte for byte with the committed files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(web, '..');
const temp = mkdtempSync(path.join(tmpdir(), 'bemanna-api-types-'));
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });

try {
  run('npm', ['run', 'build', '-w', 'shared']);
  run('npm', ['run', 'build', '-w', 'api']);
  run('node', ['api/dist/api/src/openapi/write-openapi.js', path.join(temp, 'openapi.json')]);
  run('node', [
    path.join(web, 'scripts', 'generate-api-types.mjs'),
    path.join(temp, 'openapi.json'),
    path.join(temp, 'schema.d.ts'),
  ]);
  const stale = ['openapi.json', 'schema.d.ts'].filter(
    (file) => readFileSync(path.join(temp, file), 'utf8') !== readFileSync(path.join(web, 'src', 'api', file), 'utf8'),
  );
  if (stale.length > 0) {
    console.error(`Stale generated API files: ${stale.map((f) => `web/src/api/${f}`).join(', ')}.`);
    console.error('Run `npm run api:openapi && npm run api:types -w web` and commit the result.');
    process.exitCode = 1;
  } else {
    console.log('web/src/api/openapi.json and schema.d.ts match the API.');
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}
