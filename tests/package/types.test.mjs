// The package's TypeScript declarations (www/package/*.d.ts): a page's
// script written against them (consumer.ts) and components in React,
// Preact and Solid (jsx/) type-check under --strict, and the mistakes they
// mark with @ts-expect-error are refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { typeCheck } from './tsc.mjs';

test('a script using the element, its events, mount and diagnostics type-checks, and its marked mistakes do not', async () => {
  const { code, output } = await typeCheck(fileURLToPath(new URL('tsconfig.json', import.meta.url)));
  assert.equal(code, 0, output);
});

test('components in React, Preact and Solid type-check with the element in their JSX, and their marked mistakes do not', async () => {
  const { code, output } = await typeCheck(fileURLToPath(new URL('jsx/tsconfig.json', import.meta.url)));
  assert.equal(code, 0, output);
});
