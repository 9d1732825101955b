// A promise with a deadline: `within(promise, ms)` settles like `promise`,
// or rejects with a `Timeout` after `ms`, whichever comes first.

export class Timeout extends Error {}

export function within(promise, ms) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Timeout(`not settled within ${ms / 1000} s`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}
