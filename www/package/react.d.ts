// <trade-timeline> in React's JSX (React 19): its attributes, `story`,
// `ref` and the `ontrade-timeline:…` handlers. An app names this file once,
// in any of its sources: `import type {} from 'trade-timeline/react';`.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { TradeTimelineElement, TradeTimelineJsxProps } from './trade-timeline.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'trade-timeline': DetailedHTMLProps<HTMLAttributes<TradeTimelineElement>, TradeTimelineElement> & TradeTimelineJsxProps;
    }
  }
}
