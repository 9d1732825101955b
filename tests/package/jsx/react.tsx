// A React 19 component as a newsroom developer writes it (jsx.test.mjs
// type-checks it under --strict): the element with its attributes, its
// story as a property, a ref typed as the element and a handler per event.
// Each `@ts-expect-error` line is a mistake the declarations must refuse.
import type {} from 'trade-timeline/react';
import 'trade-timeline';
import { useRef } from 'react';
import type { Story, TradeTimelineElement } from 'trade-timeline';

export function Graphic({ story, onPick }: { story: Story; onPick: (id: string | null) => void }) {
  const widget = useRef<TradeTimelineElement>(null);
  return (
    <>
      <trade-timeline ref={widget} src="story.json" lang="en" theme="auto" start="visite-xi-2015" hash="" className="graphic"
        ontrade-timeline:select={(event) => onPick(event.detail.id)}
        ontrade-timeline:ready={(event) => console.log(event.detail.warnings.length, widget.current?.uiLang)}
        ontrade-timeline:error={(event) => console.log(event.detail.problems.map((p) => p.text))} />
      <trade-timeline story={story} steps="" preview />
      {/* @ts-expect-error: the theme is light, dark or auto */}
      <trade-timeline theme="sepia" />
      {/* @ts-expect-error: the selection's id is a string or null, not a number */}
      <trade-timeline ontrade-timeline:select={(event) => { const id: number = event.detail.id; return id; }} />
      {/* @ts-expect-error: the element takes no `source` */}
      <trade-timeline source="story.json" />
    </>
  );
}
