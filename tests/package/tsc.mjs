// Runs the repository's TypeScript compiler (node_modules/.bin/tsc) on a
// project, for the package's tests.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const TSC = fileURLToPath(new URL('../../node_modules/.bin/tsc', import.meta.url));

/** Type-checks the project (a tsconfig.json) under --strict; resolves with tsc's exit code and output. */
export async function typeCheck(project) {
  try {
    await promisify(execFile)(TSC, ['-p', project, '--noEmit', '--strict']);
    return { code: 0, output: '' };
  } catch (error) {
    return { code: error.code, output: `${error.stdout}${error.stderr}` };
  }
}
