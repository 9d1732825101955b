// How the benchmark reaches each page's parts for the interactions: its
// timeline (dragged to pan, from `panFrom` of its height down), its "next"
// control, how it zooms (Ctrl+wheel or pinch over the timeline, or a zoom-in
// button), where its chart's points are and whether a point's readout is
// showing; notes on what a library does differently. The floor pages have none.

/** Our widget's parts (Playwright's CSS reaches into its open shadow root). */
const widget = {
  timeline: 'trade-timeline .tt-timeline',
  next: 'trade-timeline .tt-next',
  zoom: 'ctrl-wheel',
  chart: 'trade-timeline canvas.tt-canvas',
  // The widget exposes no geometry: sweep a column of the chart until a
  // tooltip shows, and keep that spot (within the 18 px hit radius).
  async points(page, xs) {
    const box = await page.locator(this.chart).boundingBox();
    const found = [];
    for (const fraction of xs) {
      const x = box.x + box.width * fraction;
      for (let y = box.y + 4; y < box.y + box.height; y += 10) {
        await page.mouse.move(x, y);
        if (await this.shown(page)) {
          found.push({ x, y });
          break;
        }
      }
    }
    return found;
  },
  shown: (page) => page.evaluate(() => Boolean(document.querySelector('trade-timeline').shadowRoot.querySelector('.tt-tooltip'))),
};

// The anchor pages say where their chart drew its points (window.chartPoints).
async function pagePoints(page, xs) {
  const all = await page.evaluate(() => window.chartPoints());
  return xs.map((fraction) => all[Math.min(all.length - 1, Math.floor(fraction * all.length))]);
}

const timelinejs = {
  timeline: '.tl-timenav',
  panFrom: 0.92, // only its background drags, not the event markers above it
  next: '.tl-slidenav-next',
  nextMissing: 'on a phone TimelineJS hides its arrows; readers swipe the slide instead, which is not timed',
  nextPause: 1100, // it animates a slide change for 1 s
  zoom: '.tl-menubar-button:has(.tl-icon-zoom-in)',
  zoomNote: 'its zoom-in button (no wheel zoom)',
  chart: '#chart canvas',
  points: pagePoints,
  shown: (page) => page.evaluate(() => Chart.getChart(document.querySelector('#chart canvas')).tooltip.getActiveElements().length > 0),
};

const vis = {
  timeline: '#timeline .vis-timeline',
  next: '#next',
  nextNote: 'the page\'s button: setSelection(id, { focus: true, animation: false })',
  zoom: 'ctrl-wheel',
  chart: '#chart .u-over',
  points: pagePoints,
  hoverNote: 'uPlot shows the point in its cursor and legend (no tooltip)',
  shown: (page) => page.evaluate(() => plot.cursor.idx != null),
};

export const DRIVERS = { widget, timelinejs, vis };
