/** @jsxImportSource preact */
// A Preact component (jsx.test.mjs type-checks it under --strict); each
// `@ts-expect-error` line is a mistake the declarations must refuse.
import type {} from 'trade-timeline/preact';
import 'trade-timeline';
import { useRef } from 'preact/hooks';
import type { TradeTimelineElement } from 'trade-timeline';

export function Graphic({ onPick }: { onPick: (id: string | null) => void }) {
  const widget = useRef<TradeTimelineElement>(null);
  return (
    <div>
      <trade-timeline ref={widget} src="story.json" lang="fr" theme="dark"
        ontrade-timeline:select={(event) => onPick(event.detail.id)} />
      {/* @ts-expect-error: the theme is light, dark or auto */}
      <trade-timeline theme="sepia" />
      {/* @ts-expect-error: ready carries warnings, not problems */}
      <trade-timeline ontrade-timeline:ready={(event) => event.detail.problems} />
    </div>
  );
}
