// trade-timeline's public surface for TypeScript, written by hand: the
// <trade-timeline> element (also in `document.querySelector` and
// `createElement`), its events with their `detail` (also in
// `addEventListener`), `mount` and `diagnostics` for pages built in
// script, and the props the element takes in JSX (react.d.ts, preact.d.ts,
// solid.d.ts put it in each one's JSX). Shipped in the npm package beside the loader it describes
// (scripts/package-npm.mjs); tests/package/consumer.ts holds it to account.

/** One thing wrong with a story (an error) or likely to mislead its readers (a warning). */
export interface StoryProblem {
  /** The JSON path of what is wrong (`events[0].date`), or null when it is about the whole story. */
  path: string | null;
  /** 1-based, in the story's text; null when not known (a story set as an object). */
  line: number | null;
  column: number | null;
  /** What is wrong and how to fix it, in English. */
  message: string;
  /**
   * A stable name for the kind of problem, for code that sorts them:
   * `unknown_field`, `impossible_date`… (the story format's), or
   * `details_unavailable` when the module that words problems and warnings
   * could not be loaded (then `message` says why), `story` and `files` when
   * the story or the widget's files did not load, `unsupported` without
   * WebAssembly.
   */
  kind: string;
  severity: 'error' | 'warning';
  /** The problem in one line, as the console shows it. */
  text: string;
}

/** A story as a plain object: the format is story.schema.json. */
export type Story = { [field: string]: unknown };

/** The interface languages; another tag falls back to French. */
export type UiLang = 'fr' | 'en' | 'ru' | 'kk' | 'zh';

export type Theme = 'light' | 'dark' | 'auto';

/**
 * The element's attributes, as a host page writes them.
 * - `src`: URL of the story JSON, relative to the page (else an inline
 *   `<script type="application/json">` child).
 * - `lang`: interface language; else the nearest `lang` ancestor's, else the document's.
 * - `theme`: `light` (default), `dark`, or `auto` (follows `prefers-color-scheme`).
 * - `start`: the id of an event to open on.
 * - `font`: `inherit` to use the page's font instead of the system font.
 * - `hash`: turns deep links on; names the widget's part of the fragment (`tt` when empty).
 * - `preview`: for the people who publish: problems and failures are shown in place.
 * - `steps`: scrollytelling: a CSS selector for the host page's step
 *   elements (empty: `[data-tt-step]`), which step the widget as they reach
 *   the middle of the viewport (Scrollytelling, in the project's docs/embedding.md).
 */
export interface TradeTimelineAttributes {
  src?: string;
  lang?: UiLang | (string & {});
  theme?: Theme;
  start?: string;
  font?: 'inherit';
  hash?: string;
  preview?: '' | true;
  steps?: string;
}

/** `trade-timeline:ready`: the story is shown. */
export interface ReadyDetail {
  /** What may mislead readers (also in the console). */
  warnings: StoryProblem[];
}

/** `trade-timeline:select`: the selection changed (the reader's, or `select()`'s). */
export interface SelectDetail {
  /** The selected event's id, or null when the card was closed. */
  id: string | null;
  /** The step of the article that made the selection (its element, or what
   *  `step()` named as `element`); null when the reader or `select()` did. */
  step: Element | null;
}

/** `trade-timeline:error`: the story or the widget could not be shown. */
export interface ErrorDetail {
  problems: StoryProblem[];
}

/** The element's events; all bubble and are composed. */
export interface TradeTimelineEventMap {
  'trade-timeline:ready': CustomEvent<ReadyDetail>;
  'trade-timeline:select': CustomEvent<SelectDetail>;
  'trade-timeline:error': CustomEvent<ErrorDetail>;
}

/**
 * The <trade-timeline> element, defined when this module loads. Its
 * attributes are {@link TradeTimelineAttributes}; it sets `data-state` to
 * `loading`, `ready` or `error`.
 */
export class TradeTimelineElement extends HTMLElement {
  /** The interface language: `lang` here, else on the nearest ancestor, else the document's. */
  readonly uiLang: string;
  /**
   * Get: the story shown, as a fresh copy, or null before it is read.
   * Set: a story object to show instead of `src` or inline JSON (undefined
   * goes back to them); its problems are named by path.
   */
  get story(): Story | null;
  set story(value: Story | undefined);
  /**
   * Opens the event with this id (null closes the card). Returns false, and
   * warns in the console with the nearest id, when no event has it. Before
   * `ready`, the id is kept for then.
   */
  select(id: string | null): boolean;
  /**
   * Shows what a step of the article shows, as when one reaches the reading
   * line (for a host with its own scroll tracking): the event with `id`
   * (`""`: the whole story; null: what the widget opened on), in
   * `window`'s span (`"2013/2025"`) if given. Returns false, and warns,
   * when no event has the id or the span is not one. Before `ready`, kept
   * for then.
   */
  step(id: string | null, options?: { window?: string | null; element?: Element | null }): boolean;
  /** Rereads the colours after the page changed `--tt-*` properties at run time. */
  restyle(): void;
  /**
   * The page a copied link names, its fragment given the event's part;
   * unset, this page. embed.html sets it to the host page's address.
   */
  linkBase: string | undefined;
}

/**
 * The element in JSX (the `trade-timeline/react`, `/preact` and `/solid`
 * declarations): its attributes, the `story` property (React 19 and Preact
 * set a prop the element has as a property), and a handler per event, for
 * React 19 and Preact, which add a custom element's `on…` prop as a
 * listener of the event its rest names: `ontrade-timeline:select`.
 */
export interface TradeTimelineJsxProps extends TradeTimelineAttributes {
  story?: Story;
  'ontrade-timeline:ready'?: (event: TradeTimelineEventMap['trade-timeline:ready']) => void;
  'ontrade-timeline:select'?: (event: TradeTimelineEventMap['trade-timeline:select']) => void;
  'ontrade-timeline:error'?: (event: TradeTimelineEventMap['trade-timeline:error']) => void;
}

/** What `mount` takes: the story, the attributes to set, and callbacks for the events. */
export interface MountOptions {
  /** URL of the story JSON, relative to the page. */
  src?: string;
  /** The story as an object, instead of `src`. */
  story?: Story;
  lang?: UiLang | (string & {});
  theme?: Theme;
  start?: string;
  hash?: string;
  /** Problems and failures shown in place, for the people who publish (`false` or left out for readers). */
  preview?: boolean;
  /** Scrollytelling: the selector of the page's steps (`""`: `[data-tt-step]`). */
  steps?: string;
  onSelect?: (id: string | null) => void;
  onReady?: () => void;
  onError?: (problems: StoryProblem[]) => void;
}

/** A widget `mount` created. */
export interface MountHandle {
  element: TradeTimelineElement;
  /** As {@link TradeTimelineElement.select}. */
  select(id: string | null): boolean;
  /** Removes the element, which unmounts the widget and frees its memory. */
  destroy(): void;
}

/** Creates a <trade-timeline> inside `target`, for pages built in script. */
export function mount(target: ParentNode, options?: MountOptions): MountHandle;

/** Live widgets and WebAssembly memory on this page (zeros until the wasm is loaded). */
export function diagnostics(): Promise<{ live: number; memoryBytes: number }>;

declare global {
  interface HTMLElementTagNameMap {
    'trade-timeline': TradeTimelineElement;
  }
  interface HTMLElementEventMap extends TradeTimelineEventMap {}
}
