// The entry a host page loads: registers <trade-timeline> once, even when
// the script is included twice. Everything else loads when an element nears
// the viewport (see trade-timeline-element.js).
import { TradeTimelineElement } from './trade-timeline-element.js';

if (!customElements.get('trade-timeline')) {
  customElements.define('trade-timeline', TradeTimelineElement);
}
