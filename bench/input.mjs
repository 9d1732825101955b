// Trusted input for the interactions, by viewport: a mouse (and Ctrl+wheel)
// on the desktop; on the phone, touch through the DevTools protocol (tap,
// one-finger drag, two-finger pinch), which has no hover. Each gesture
// names the DOM events that start its timing (the first of them to fire:
// libraries listen to pointer, mouse or touch events).

export function mouseInput(page) {
  return {
    kind: 'mouse',
    tap: { event: 'click', at: (x, y) => page.mouse.click(x, y) },
    hover: { event: ['pointermove', 'mousemove'], at: (x, y) => page.mouse.move(x, y), away: (y) => page.mouse.move(4, y) },
    drag: {
      event: ['pointermove', 'mousemove'],
      start: async (x, y) => { await page.mouse.move(x, y); await page.mouse.down(); },
      move: (x, y) => page.mouse.move(x, y),
      end: () => page.mouse.up(),
    },
    zoom: {
      event: 'wheel',
      start: async (x, y) => { await page.mouse.move(x, y); await page.keyboard.down('Control'); },
      step: () => page.mouse.wheel(0, -120),
      end: () => page.keyboard.up('Control'),
    },
  };
}

export function touchInput(page, cdp) {
  const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', {
    type, touchPoints: points.map(([x, y], id) => ({ x, y, id })),
  });
  let fingers = [];
  let spread = 0;
  return {
    kind: 'touch',
    tap: { event: 'click', at: (x, y) => page.touchscreen.tap(x, y) },
    hover: null,
    drag: {
      event: ['pointermove', 'touchmove'],
      start: (x, y) => touch('touchStart', (fingers = [[x, y]])),
      move: (x, y) => touch('touchMove', (fingers = [[x, y]])),
      end: () => touch('touchEnd', []),
    },
    zoom: {
      event: ['pointermove', 'touchmove'],
      start: (x, y) => {
        spread = 40;
        fingers = [[x - spread, y], [x + spread, y]];
        return touch('touchStart', fingers);
      },
      // Fingers 20 px further apart each step.
      step: () => {
        const middle = (fingers[0][0] + fingers[1][0]) / 2;
        spread += 10;
        fingers = [[middle - spread, fingers[0][1]], [middle + spread, fingers[1][1]]];
        return touch('touchMove', fingers);
      },
      end: () => touch('touchEnd', []),
    },
  };
}
