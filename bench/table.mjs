// A table as aligned plain text (for the terminal) or as Markdown.

/** `rows` are arrays of strings; the first `left` columns align left, the rest right. */
export function table(headers, rows, { markdown = false, left = 1 } = {}) {
  if (markdown) {
    const line = (cells) => `| ${cells.map((c) => String(c).replaceAll('|', '\\|')).join(' | ')} |`;
    const rule = headers.map((_, i) => (i < left ? '---' : '---:'));
    return [line(headers), line(rule), ...rows.map(line)].join('\n');
  }
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i < left ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
