// Installed in every page before its own scripts (addInitScript): records
// long tasks and layout shifts from the start, resolves when the page marks
// "ready", and times interactions: from the input event (caught first, in
// a capturing listener on window) to the next animation frame after the
// work it causes (rAF, then a message: the task after that frame's rendering).
(() => {
  const bench = { longTasks: [], shift: 0 };
  const tasks = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
  });
  tasks.observe({ type: 'longtask', buffered: true });
  const shifts = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) bench.shift += e.value;
  });
  shifts.observe({ type: 'layout-shift', buffered: true });

  bench.ready = new Promise((resolve) => {
    new PerformanceObserver((list, observer) => {
      const mark = list.getEntries().find((e) => e.name === 'ready');
      if (mark) {
        observer.disconnect();
        resolve(mark.startTime);
      }
    }).observe({ type: 'mark', buffered: true });
  });

  /** Long tasks that started before `until` (ms since navigation), and the layout shift so far. */
  bench.collect = (until) => {
    tasks.takeRecords().forEach((e) => bench.longTasks.push([e.startTime, e.duration]));
    shifts.takeRecords().forEach((e) => { if (!e.hadRecentInput) bench.shift += e.value; });
    const counted = bench.longTasks.filter(([start]) => start < until);
    return {
      longTasks: counted.length,
      blocking: counted.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
      shift: bench.shift,
    };
  };

  /**
   * Times the next of these events (a name or a list: the first that fires
   * starts the clock); `bench.timed` resolves with its time to the next frame, in ms.
   */
  bench.arm = (types) => {
    bench.timed = new Promise((resolve) => {
      const names = [].concat(types);
      const start = () => {
        const t0 = performance.now();
        for (const name of names) removeEventListener(name, start, true);
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - t0);
          channel.port2.postMessage(0);
        });
      };
      for (const name of names) addEventListener(name, start, true);
    });
  };

  Object.defineProperty(window, '__bench', { value: bench });
})();
