// trade-timeline's scrollytelling: the host article's own paragraphs step a
// widget. Fetched only for a page that has them: by the loader for an
// element with `steps`, by frame.js for an iframe a step names.
//
// A step is any element of the host page with data-tt-step="EVENT_ID"
// ("" for the whole story), and optionally data-tt-window="2013/2025". It
// belongs to the widget whose id its data-tt-for names, else to the page's
// only <trade-timeline steps>. The step at the reading line (the middle of
// the viewport) is the last one whose top has passed it, worked out from
// where the steps are after a scroll, never from which ones crossed the
// line: a reload in the middle of the article, a jump to an anchor or a
// fast fling all land on the step under the line, applied once.

const STEPPED = 'trade-timeline[steps]';

/**
 * Follows the steps of `element` (a <trade-timeline steps>, whose
 * attribute names them) with its ready `widget`: returns the stepper of
 * `follow`, with the `problems` of its steps. Steps that cannot be shown
 * are warned of and skipped.
 */
export function attach(element, widget) {
  const selector = element.getAttribute('steps');
  const check = (id, window) => widget.select(id, window ?? undefined, false);
  let steps;
  let problems;
  try {
    steps = stepsOf(element, selector);
    problems = stepProblems(element, steps, selector, check);
  } catch (error) {
    return { problems: [`steps="${selector}" is not a selector the browser reads (${error?.message ?? error})`], next: () => false, stop() {} };
  }
  const shown = steps.filter((step) => !check(step.dataset.ttStep ?? '', step.dataset.ttWindow ?? null));
  const stepper = follow(shown, (step) => element.step(step ? step.dataset.ttStep : null, { window: step?.dataset.ttWindow ?? null, element: step }));
  // The widget's own "‹" and "›" go from step to step, where there is one
  // (before its click reaches the widget).
  const onClick = (event) => {
    const button = event.target.closest?.('.tt-previous, .tt-next');
    if (button && stepper.next(button.classList.contains('tt-next'))) event.stopImmediatePropagation();
  };
  element.shadowRoot?.addEventListener('click', onClick, true);
  const { stop } = stepper;
  return Object.assign(stepper, {
    problems,
    stop() {
      stop();
      element.shadowRoot?.removeEventListener('click', onClick, true);
    },
  });
}

/** The host page's step elements (`selector`, else [data-tt-step]), in document order. */
const allSteps = (selector) => [...document.querySelectorAll(selector || '[data-tt-step]')];

/** The steps of the widget (or iframe) `target`, in the article's order. */
export function stepsOf(target, selector) {
  const stepped = document.querySelectorAll(STEPPED);
  return allSteps(selector).filter((step) => {
    const named = step.dataset.ttFor;
    return named ? named === target.id : stepped.length === 1 && stepped[0] === target;
  });
}

/**
 * What is wrong with the page's steps, one sentence each, for the people
 * who publish: said by the first stepped widget only (steps that name no
 * widget belong to none), and for each step of `target`, what `check(id,
 * window)` finds (an unknown event id, with the nearest one; a window that
 * is not a span).
 */
export function stepProblems(target, steps, selector, check) {
  const problems = [];
  const where = (step) => `step ${allSteps(selector).indexOf(step) + 1} (data-tt-step="${step.dataset.ttStep}")`;
  if (document.querySelector(STEPPED) === target) {
    const stepped = document.querySelectorAll(STEPPED);
    const widgets = [...document.querySelectorAll('trade-timeline[id], iframe[id]')].map((e) => e.id);
    for (const step of allSteps(selector)) {
      const named = step.dataset.ttFor;
      if (named && !widgets.includes(named)) {
        const near = nearest(named, widgets);
        problems.push(`${where(step)}: data-tt-for="${named}" names no widget on the page${near ? `; did you mean "${near}"?` : ''}`);
      } else if (!named && stepped.length > 1) {
        problems.push(`${where(step)}: the page has ${stepped.length} widgets with steps; say which one with data-tt-for="ID"`);
      }
    }
  }
  for (const step of steps) {
    const problem = check(step.dataset.ttStep ?? '', step.dataset.ttWindow ?? null);
    if (problem) problems.push(`${where(step)}: ${problem}`);
  }
  return problems;
}

/**
 * Applies `show(step)` whenever another of `steps` reaches the reading line
 * (`show(null)` above the first), and returns `{ next(forward), stop() }`:
 * `next` moves to the following (or, with `false`, the preceding) step
 * without scrolling, for the widget's own "‹" and "›", and says whether
 * there was one. Between two steps reaching the line the reader is in
 * charge: nothing is applied again.
 */
export function follow(steps, show) {
  let atLine; // the step at the reading line when last looked (null: above the first)
  let current = null; // the step last shown, by the line or by next()
  let frame = 0;
  const update = () => {
    frame = 0;
    // The layout viewport's middle: the phone's address bar showing or
    // hiding does not move it.
    const line = document.documentElement.clientHeight / 2;
    let at = null;
    for (const step of steps) {
      const box = step.getBoundingClientRect();
      if ((box.width || box.height) && box.top <= line) at = step;
    }
    if (at !== atLine) {
      atLine = at;
      current = at;
      show(at);
    }
  };
  const schedule = () => { frame ||= requestAnimationFrame(update); };
  const listening = { passive: true, capture: true };
  addEventListener('scroll', schedule, listening);
  addEventListener('resize', schedule, listening);
  schedule();
  return {
    next(forward) {
      const index = steps.indexOf(current) + (forward ? 1 : -1);
      if (!(index in steps)) return false;
      current = steps[index];
      show(current);
      return true;
    },
    stop() {
      removeEventListener('scroll', schedule, listening);
      removeEventListener('resize', schedule, listening);
      cancelAnimationFrame(frame);
    },
  };
}

// The widget id nearest to `name` (at most a third of it mistyped).
function nearest(name, names) {
  let best = null;
  let bestDistance = Math.max(1, Math.floor(name.length / 3)) + 1;
  for (const candidate of names) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a, b) {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}
