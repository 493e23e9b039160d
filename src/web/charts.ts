import { html, SafeHtml } from './html';

export interface Bar {
  label: string;
  value: number;
  /** What is written at the end of the bar, when it should read differently from the bare number. */
  text?: string;
  /** Bars over a threshold are drawn in the alert colour. */
  alert?: boolean;
}

const ROW = 28;
const LABEL_WIDTH = 210;
const BAR_WIDTH = 300;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 80;

/**
 * A horizontal bar chart as inline SVG, drawn on the server (no script, no CDN). It is one image
 * for assistive technology (`role="img"` named by its `<title>`, which carries every number), and
 * the labels and numbers are real text, so the chart also reads (and searches) as text.
 */
export function barChart(title: string, bars: Bar[], scale: { max?: number } = {}): SafeHtml {
  const id = `chart-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  // A fixed scale (a rating out of 5) keeps bars comparable; otherwise the longest bar fills the width.
  const max = scale.max ?? Math.max(1, ...bars.map((b) => b.value));
  const summary = `${title}: ${bars.map((b) => `${b.label} ${b.text ?? b.value}`).join(', ')}`;
  const rows = bars.map((bar, i) => {
    const y = i * ROW;
    const width = Math.round((bar.value / max) * BAR_WIDTH);
    return html`<g><text x="${LABEL_WIDTH - 8}" y="${y + 18}" text-anchor="end">${bar.label}</text>
<rect x="${LABEL_WIDTH}" y="${y + 5}" width="${width}" height="${ROW - 10}" class="${bar.alert ? 'bar alert' : 'bar'}"></rect>
<text x="${LABEL_WIDTH + width + 6}" y="${y + 18}">${bar.text ?? bar.value}</text></g>`;
  });
  return html`<figure class="chart"><svg role="img" aria-labelledby="${id}" viewBox="0 0 ${WIDTH} ${Math.max(1, bars.length) * ROW}" width="100%" preserveAspectRatio="xMinYMin meet">
<title id="${id}">${summary}</title>${rows}</svg></figure>`;
}
