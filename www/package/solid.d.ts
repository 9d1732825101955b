// <trade-timeline> in Solid's JSX (Solid 2, `@solidjs/web`): its
// attributes and `ref`. Solid sets them as attributes; its events are heard
// with `addEventListener` on the ref (typed by the element). An app names
// this file once: `import type {} from 'trade-timeline/solid';`.
import type { JSX } from '@solidjs/web/jsx-runtime';
import type { TradeTimelineAttributes, TradeTimelineElement } from './trade-timeline.js';

declare module '@solidjs/web/jsx-runtime' {
  namespace JSX {
    interface IntrinsicElements {
      'trade-timeline': JSX.HTMLAttributes<TradeTimelineElement> & TradeTimelineAttributes;
    }
  }
}
