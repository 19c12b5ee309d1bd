import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildOpenApiDocument } from './openapi-document';

/** `npm run api:openapi -- <file>`: writes the API's OpenAPI document (sorted keys, stable bytes). */
async function main(): Promise<void> {
  const target = path.resolve(process.argv[2] ?? 'openapi.json');
  const document = await buildOpenApiDocument();
  writeFileSync(target, `${JSON.stringify(sortKeys(document), null, 2)}\n`);
  console.log(`OpenAPI document written to ${target}`);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
