// A page's script as a TypeScript user of the package writes it: what must
// type-check does, and each `@ts-expect-error` line is a mistake the
// declarations must refuse (tsc fails if one of them type-checks).
// Checked by types.test.mjs against www/package/trade-timeline.d.ts, and by
// install.test.mjs against the installed package.
import { diagnostics, mount, TradeTimelineElement, type StoryProblem } from 'trade-timeline';

const lines = (problems: StoryProblem[]): string[] =>
  problems.map((p) => `${p.severity} ${p.kind} at ${p.path ?? '(story)'}:${p.line ?? '?'}:${p.column ?? '?'}: ${p.message} / ${p.text}`);

// The element, from the page and made in script.
const found: TradeTimelineElement | null = document.querySelector('trade-timeline');
const made: TradeTimelineElement = document.createElement('trade-timeline');
made.setAttribute('src', 'story.json');
const language: string = made.uiLang;
const opened: boolean = made.select('visite-xi-2015');
made.select(null);
made.restyle();
made.linkBase = 'https://news.example/article';
made.linkBase = undefined;
made.story = { version: 1, title: 'A story' };
made.story = undefined;
const shown = made.story;
if (shown) console.log(shown.title, language, opened, found?.dataset.state);
// @ts-expect-error: an id is a string
made.select(2015);
// @ts-expect-error: uiLang is read from `lang`, not set
made.uiLang = 'en';
// @ts-expect-error: the page a link names is an address, not a URL object
made.linkBase = new URL('https://news.example/article');

// The events, each with its detail.
made.addEventListener('trade-timeline:ready', (event) => console.log(lines(event.detail.warnings)));
made.addEventListener('trade-timeline:error', (event) => console.log(lines(event.detail.problems)));
made.addEventListener('trade-timeline:select', (event) => {
  const id: string | null = event.detail.id;
  console.log(id);
});
// @ts-expect-error: ready carries warnings, not problems
made.addEventListener('trade-timeline:ready', (event) => event.detail.problems);
made.addEventListener('trade-timeline:select', (event) => {
  // @ts-expect-error: the id is null when the card is closed
  const id: string = event.detail.id;
  console.log(id);
});
made.addEventListener('trade-timeline:error', (event) => {
  // @ts-expect-error: a problem is an object, no longer a line of text
  const first: string = event.detail.problems[0];
  console.log(first);
});

// mount, its options and its handle.
const handle = mount(document.body, {
  src: 'story.json',
  lang: 'en',
  theme: 'auto',
  start: 'visite-xi-2015',
  onSelect: (id) => console.log(id?.toUpperCase()),
  onReady: () => console.log('ready'),
  onError: (problems) => console.log(lines(problems)),
});
const element: TradeTimelineElement = handle.element;
handle.select('independance-1991');
handle.destroy();
mount(element, { story: { version: 1 } });
// @ts-expect-error: the theme is light, dark or auto
mount(document.body, { theme: 'sepia' });
// @ts-expect-error: the option is onSelect
mount(document.body, { onselect: () => {} });

const { live, memoryBytes }: { live: number; memoryBytes: number } = await diagnostics();
console.log(live, memoryBytes);
