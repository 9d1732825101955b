// The benchmark's command line: how many runs, which subset to run, where
// to write the Markdown. Every list option takes comma-separated names.

export const PAGES = {
  widget: 'trade-timeline',
  timelinejs: 'TimelineJS + Chart.js',
  vis: 'vis-timeline + uPlot',
  bare: 'bare page (floor)',
  list: 'fetch + list (floor)',
};
export const ANCHORS = ['timelinejs', 'vis'];
export const STORIES = ['real', '1k', '10k', 'panels'];
export const CPUS = [1, 4];
export const VIEWPORT_NAMES = ['desktop', 'phone'];

const USAGE = `usage: node bench/run.mjs [options]   (make bench BENCH_ARGS="…")
  --runs N             loads per case, each in a fresh context (default 7; a case
                       whose first load takes over 5 s gets 3, over 15 s gets 1)
  --samples N          samples per interaction (default 7)
  --timeout S          per-load timeout in seconds, reported as "> S s" (default 60)
  --pages LIST         ${Object.keys(PAGES).join(',')}
  --stories LIST       ${STORIES.join(',')}
  --cpu LIST           CPU slowdowns: ${CPUS.join(',')}
  --viewports LIST     ${VIEWPORT_NAMES.join(',')}
  --no-interactions    skip the interaction and scrollytelling tables
  --no-lighthouse      skip Lighthouse's mobile performance run of the demo pages
  --markdown FILE      also write the tables as Markdown to FILE
e.g. --pages widget,list --stories real --cpu 4 --viewports desktop --runs 3`;

function list(value, allowed, name) {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const item of items) {
    if (!allowed.map(String).includes(item)) throw new Error(`--${name}: unknown "${item}"; one of ${allowed.join(', ')}`);
  }
  return allowed.filter((a) => items.includes(String(a)));
}

/** Parses argv (without node and the script); exits with the usage on --help or a mistake. */
export function parseOptions(argv) {
  const options = {
    runs: 7, samples: 7, timeoutMs: 60_000, interactions: true, lighthouse: true, markdown: null,
    pages: Object.keys(PAGES), stories: STORIES, cpus: CPUS, viewports: VIEWPORT_NAMES,
  };
  try {
    for (let i = 0; i < argv.length; i += 1) {
      const arg = argv[i];
      const value = () => {
        if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
        return argv[++i];
      };
      const count = () => {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) throw new Error(`${arg} needs a whole number ≥ 1`);
        return n;
      };
      if (arg === '--help' || arg === '-h') {
        console.log(USAGE);
        process.exit(0);
      } else if (arg === '--runs') options.runs = count();
      else if (arg === '--samples') options.samples = count();
      else if (arg === '--timeout') options.timeoutMs = count() * 1000;
      else if (arg === '--pages') options.pages = list(value(), Object.keys(PAGES), 'pages');
      else if (arg === '--stories') options.stories = list(value(), STORIES, 'stories');
      else if (arg === '--cpu') options.cpus = list(value(), CPUS, 'cpu');
      else if (arg === '--viewports') options.viewports = list(value(), VIEWPORT_NAMES, 'viewports');
      else if (arg === '--no-interactions') options.interactions = false;
      else if (arg === '--no-lighthouse') options.lighthouse = false;
      else if (arg === '--markdown') options.markdown = value();
      else throw new Error(`unknown option ${arg}`);
    }
  } catch (error) {
    console.error(`bench: ${error.message}\n${USAGE}`);
    process.exit(2);
  }
  return options;
}
