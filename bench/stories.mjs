// The stories every page of the benchmark shows: the real one
// (Kazakhstan–China, in French) and synthetic ones in our story format,
// N events and a 1,000-point monthly series ending in 2030; and, for our
// widget only, 1,000 events with a second series in another unit, drawn on
// a panel of its own.
import { readFile } from 'node:fs/promises';

const pad = (n, width = 2) => String(n).padStart(width, '0');

/** A synthetic story of `events` events and a `points`-point monthly series (two, in two units, with `panels`). */
export function syntheticStory(events, points = 1000, { panels = false } = {}) {
  // Events and points cover the same years, ending in 2030.
  const firstYear = 2030 - Math.ceil(points / 12);
  const start = Date.UTC(firstYear, 0, 1);
  const step = (Date.UTC(2030, 11, 31) - start) / events;
  /** A series of `points` months from January of `firstYear`, the i-th worth `value(i)` to one decimal. */
  const monthly = (id, label, unit, value) => ({
    id,
    label,
    unit,
    sources: ['s'],
    points: Array.from({ length: points }, (_, i) => ({
      period: `${firstYear + Math.floor(i / 12)}-${pad((i % 12) + 1)}`,
      value: Math.round(value(i) * 10) / 10,
      sources: ['s'],
    })),
  });
  return {
    version: 1,
    lang: 'fr',
    title: 'Banc d’essai',
    updated: '2030-12',
    sources: [{ id: 's', name: 'Source synthétique' }],
    events: Array.from({ length: events }, (_, i) => {
      const d = new Date(start + i * step);
      return {
        id: `e${i}`,
        date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
        title: `Événement numéro ${i + 1} de la chronologie`,
        text: 'Un texte court.',
        category: ['diplomatie', 'commerce', 'énergie'][i % 3],
        sources: ['s'],
      };
    }),
    series: [
      monthly('v', 'Valeur', 'milliards', (i) => 20 + 15 * Math.sin(i / 30) + i / 50),
      ...(panels ? [monthly('part', 'Part', '%', (i) => 12 + 6 * Math.cos(i / 45))] : []),
    ],
  };
}

/** The stories by name: name -> { label, text } (the JSON text served). */
export async function stories(root) {
  const real = await readFile(new URL('www/data/kazakhstan-china.fr.json', root), 'utf8');
  return {
    real: { label: 'Kazakhstan–China (13 events)', text: real },
    '1k': { label: '1,000 events', text: JSON.stringify(syntheticStory(1000)) },
    '10k': { label: '10,000 events', text: JSON.stringify(syntheticStory(10000)) },
    panels: { label: '1,000 events, two units on two panels (our widget only)', text: JSON.stringify(syntheticStory(1000, 1000, { panels: true })) },
  };
}
