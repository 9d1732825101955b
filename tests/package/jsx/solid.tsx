/** @jsxImportSource @solidjs/web */
// A Solid 2 component (jsx.test.mjs type-checks it under --strict): the
// element with its attributes and a ref, whose events are typed through
// addEventListener. Each `@ts-expect-error` line is a mistake the
// declarations must refuse.
import type {} from 'trade-timeline/solid';
import 'trade-timeline';
import type { TradeTimelineElement } from 'trade-timeline';

export function Graphic(props: { onPick: (id: string | null) => void }) {
  const listen = (widget: TradeTimelineElement) =>
    widget.addEventListener('trade-timeline:select', (event) => props.onPick(event.detail.id));
  return (
    <div>
      <trade-timeline ref={listen} src="story.json" lang="kk" theme="light" />
      {/* @ts-expect-error: the theme is light, dark or auto */}
      <trade-timeline theme="sepia" />
    </div>
  );
}
