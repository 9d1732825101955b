// What the figures were measured on: date, cores, CPU model, Chromium's
// version, the command, and which build of dist/ (its hashed file names).
import { availableParallelism } from 'node:os';
import { access, readFile } from 'node:fs/promises';

async function cpuModel() {
  const info = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  return /^model name\s*:\s*(.+)$/m.exec(info)?.[1] ?? 'unknown CPU';
}

export async function describeMachine(browser, command) {
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cores: availableParallelism(),
    cpu: await cpuModel(),
    chromium: browser.version(),
    command,
  };
}

/** The widget's files in dist/ per its manifest, once all are there (null while any is missing). */
export async function distBuild(root) {
  try {
    const manifest = JSON.parse(await readFile(new URL('dist/manifest.json', root), 'utf8'));
    const names = Object.keys(manifest.files).filter((n) => /^(widget|trade-timeline)/.test(n));
    for (const name of names) await access(new URL(`dist/${name}.br`, root));
    return names.sort().join(', ');
  } catch {
    return null;
  }
}
