// The benchmark moved to bench/ (`make bench`, or `node bench/run.mjs
// --help`); this entry still runs it, with the same options.
import '../bench/run.mjs';
