// <trade-timeline> in Preact's JSX: its attributes, `story`, `ref` and the
// `ontrade-timeline:…` handlers. An app names this file once, in any of its
// sources: `import type {} from 'trade-timeline/preact';`.
import type { HTMLAttributes } from 'preact';
import type { TradeTimelineElement, TradeTimelineJsxProps } from './trade-timeline.js';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'trade-timeline': HTMLAttributes<TradeTimelineElement> & TradeTimelineJsxProps;
    }
  }
}
