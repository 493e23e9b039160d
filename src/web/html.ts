import { createHash } from 'node:crypto';
import { longDate } from '../../workflows';
import { dutchDate } from '../clock/clock';
import { withFormKeys } from './forms';
import { listRestartedNotice } from './list-restart';

/** Markup that is already safe; everything else interpolated into `html` is escaped. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function render(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(value);
}

/** Tagged template for server-rendered pages: interpolations are escaped unless they are SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i]) : ''), ''));
}

/**
 * A table that on a phone (below 40rem, `table.stacked`) reads as one card per row: each cell on a line
 * of its own, named by its column's heading, except the first, which names the row.
 */
export function stackedTable(headings: string[], rows: unknown[][], className = '', caption?: unknown): SafeHtml {
  const cell = (value: unknown, i: number) => (i && headings[i] ? html`<td data-label="${headings[i]}">${value}</td>` : html`<td>${value}</td>`);
  return html`<table class="stacked${className ? ` ${className}` : ''}">${caption ? html`<caption>${caption}</caption>` : ''}<thead><tr>${headings.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${rows.map((r) => html`<tr>${r.map(cell)}</tr>`)}</tbody></table>`;
}

/**
 * Mobile-first, high-contrast, no external assets (no CDN, no web fonts, no JavaScript needed).
 * The focus ring (every focusable element, a `<summary>` too) is #c86400: at least 3:1 against every background it is drawn
 * on (WCAG 1.4.11) — white cards 3.98, the page 3.65, the dark header 3.32, the error box 3.25 (README famphone).
 * The portal's header and bottom bar wrap rather than cut at 320 CSS px, also with WCAG 1.4.12's text spacing: below 360 px
 * the bar may take two rows (its four words always fit two to a row), so the page leaves room for two below its end.
 * famdigest (WCAG 2.4.11): the browser scrolls a control the keyboard reaches to above that room (`scroll-padding-bottom`), not under the bar.
 * famtext: the text is in rem, so it grows with the text size set in her browser (WCAG 1.4.4; 17 px at its 16). On a screen less than
 * 30 lines of that text high (a phone turned, or larger text) the bar is no longer fixed but ends the page: fixed, it would take much of
 * the little height there is and cover a contract card taller than what is left above it.
 * famfit (WCAG 1.4.10 with 1.4.4 and 1.4.12 together: a 360 px phone, text at 200 %, text spacing): the family's pages (`body.family`)
 * break a word that does not fit its line anywhere (a long Dutch word, an IBAN, a kenmerk, an e-mail address), also inside a flex
 * item, a fieldset or a button, whose narrowest width is otherwise their longest word. On a phone the page's, header's and cards'
 * sides (3.5 % of the screen: 13 px at 360) and a field's (1.5 %) do not grow with the text: so an empty date field's „dd-mm-jjjj"
 * fits at 360 px. The bar's links, edge to edge, draw their focus ring inside, where the screen's side cannot cut it; the skip link,
 * shown at 1rem from the left, wraps 1rem before the right.
 */
const STYLE = `
*{box-sizing:border-box}
body{margin:0;overflow-wrap:break-word;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#f6f5f2}
a{color:#0b4f8a}:focus{outline:3px solid #c86400;outline-offset:2px}
header.top{background:#20323f;color:#fff;padding:.75rem 1rem;display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
header.top a{color:#fff}header.top .brand{font-weight:700;margin-right:auto}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:.5rem 0 1rem}h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
.card{background:#fff;border:1px solid #d8d4cc;border-radius:8px;padding:1rem;margin:0 0 1rem}ul.card{padding-left:2.25rem}ul.card>li+li{margin-top:.5rem}
.muted{color:#595959}.status{font-weight:600}
.badge{display:inline-block;padding:.1rem .5rem;border-radius:4px;background:#e8eef4;color:#1a1a1a;font-size:.9rem}
.badge.warn{background:#fff1cc}.badge.alert{background:#fde2e1}
table{width:100%;border-collapse:collapse;background:#fff}th,td{text-align:left;padding:.5rem;border-bottom:1px solid #e2ded6;vertical-align:top}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}
input,select,textarea{font:inherit;width:100%;padding:.5rem;border:1px solid #767676;border-radius:4px;background:#fff;color:#1a1a1a}
button,.button{font:inherit;display:inline-block;margin-top:.75rem;padding:.55rem 1rem;border:0;border-radius:4px;background:#0b4f8a;color:#fff;text-decoration:none;cursor:pointer}
button.secondary{background:#4a4a4a}
.error{background:#fde2e1;border:1px solid #b3261e;padding:.75rem;border-radius:4px}
.notice{background:#e6f4ea;border:1px solid #1e7d32;padding:.75rem;border-radius:4px}
.warning{background:#fff4e0;border:1px solid #8a5300;border-left-width:.4rem;padding:.75rem;border-radius:4px}
.grid{display:grid;gap:1rem}@media(min-width:48rem){.grid.two{grid-template-columns:1fr 1fr}}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;color:#000;padding:.5rem}
nav.inline-nav{display:flex;gap:1rem;flex-wrap:wrap;align-items:center}[aria-current=page]{font-weight:700;text-decoration:none}
ul.tabs{display:flex;flex-wrap:wrap;list-style:none;padding:0;margin:0 0 1rem;border-bottom:1px solid #d8d4cc}ul.tabs li>*{display:block;padding:.5rem 1rem}ul.tabs strong{border-bottom:3px solid #0b4f8a}
dl{margin:0}dt{font-weight:600;margin-top:.5rem}dd{margin:0}fieldset{border:0;padding:0;margin:0}
.rating{display:flex;flex-wrap:wrap;gap:.5rem}.rating button{margin-top:.5rem}.card>h2:first-child,.card>h3:first-child{margin-top:0}
.chart{margin:0 0 1rem}.chart text{font-size:14px;fill:#1a1a1a}.bar{fill:#0b4f8a}.bar.alert{fill:#b3261e}
.field-error{color:#b3261e;font-weight:600;margin:.25rem 0 0}[aria-invalid=true]{border:2px solid #b3261e}
.inline{display:inline}.inline button{margin-top:0}.check{display:flex;gap:.5rem;align-items:center;font-weight:400}.check input{width:auto}
body.portal{padding-bottom:4rem}body.portal header.top{padding:.35rem 1rem;gap:.35rem .75rem}body.portal header.top button{margin:0;padding:.25rem .6rem;font-size:.9rem}
body.portal h1{font-size:1.35rem;margin:.25rem 0 .5rem}.progress{font-weight:700;font-size:1.1rem;margin:.25rem 0 1rem}
@media(max-width:22.5rem){body.portal{padding-bottom:6.5rem}}
html:has(>body.portal){scroll-padding-bottom:4rem}@media(max-width:22.5rem){html:has(>body.portal){scroll-padding-bottom:6.5rem}}
nav.bottom-nav{position:fixed;bottom:0;left:0;right:0;display:flex;flex-wrap:wrap;background:#fff;border-top:1px solid #d8d4cc}
nav.bottom-nav a{flex:1 0 auto;text-align:center;padding:.65rem .25rem;text-decoration:none;font-size:.95rem}nav.bottom-nav a[aria-current=page]{background:#e8eef4;color:#1a1a1a}
@media(max-height:30rem){body.portal{padding-bottom:0}html:has(>body.portal){scroll-padding-bottom:0}nav.bottom-nav{position:static}}
body.family{overflow-wrap:anywhere}body.family main,body.family header.top,body.family .card:not(ul){padding-left:min(1rem,3.5vw);padding-right:min(1rem,3.5vw)}
body.family input,body.family select,body.family textarea{padding-left:min(.5rem,1.5vw);padding-right:min(.5rem,1.5vw)}nav.bottom-nav a:focus{outline-offset:-3px}body.family .skip:focus{max-width:calc(100% - 2rem)}
details.line{background:#fff;border:1px solid #d8d4cc;border-radius:8px;margin:0 0 .5rem}details.line>summary{padding:.6rem .75rem;cursor:pointer}details.line>summary>strong{overflow-wrap:anywhere}
details.line .gist{display:block;font-size:.9rem}details.line .fact{display:block}details.line .fact+.fact{margin-top:.2rem}
details.line>dl{padding:0 .75rem .75rem}.choices label{font-weight:400}
table.wide{font-size:.95rem}@media(max-width:40rem){table.stacked thead{display:none}table.stacked tr{display:block;border-bottom:1px solid #e2ded6}table.stacked td{display:block;border:0;padding:.25rem .5rem;overflow-wrap:anywhere}table.stacked td[data-label]::before{content:attr(data-label) ": ";font-weight:600}table.stacked td:empty{display:none}}.secret{font-family:monospace;font-size:1.2rem;word-break:break-all}legend{font-weight:700;margin:1rem 0 0}
.secret{user-select:all;-webkit-user-select:all;background:#fff;border:1px dashed #1e7d32;padding:.25rem .5rem;display:inline-block}
details.change>summary{cursor:pointer;color:#0b4f8a;text-decoration:underline}details.change[open]{min-width:16rem}details.change form{margin:.5rem 0}
ul.bills{list-style:none;margin:0;padding:0}ul.bills>li{padding:.5rem 0;border-top:1px solid #e2ded6}ul.bills form{margin:.25rem 0 0}ul.bills label{margin-top:.25rem}
blockquote.question{margin:.5rem 0;padding:.5rem .75rem;border-left:4px solid #0b4f8a;background:#f3f6f9;white-space:pre-line}ul.plain{list-style:none;margin:0;padding:0}
@media print{
header.top,nav,form:not(:has(table)),button,.button,.pager,details,.skip,.no-print,label.check,input[type=checkbox]{display:none!important}
body{background:#fff;color:#000;font-size:10.5pt;line-height:1.35}main{max-width:none;margin:0;padding:0}h1{font-size:16pt;margin:0 0 .5rem}h2{font-size:13pt;margin:1rem 0 .25rem;break-after:avoid}
.card{border:0;padding:0;margin:0 0 .5rem}table.wide{font-size:9.5pt}th,td{padding:.2rem .35rem}tr{break-inside:avoid}a{color:#000;text-decoration:none}.badge{border:1px solid #767676;background:none}
.notice,.error,.warning{border:1px solid #000;background:none}
#timeline+ol{columns:2;column-gap:1.5rem;font-size:9pt;padding-left:1.5rem}#timeline+ol li{break-inside:avoid}#timeline+ol br{display:none}#timeline+ol .muted{margin-right:.4rem}
}
`;

/** The CSP source that allows exactly this stylesheet inline (and no other inline style or script). */
export const STYLE_SOURCE = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

export interface PageOptions {
  title: string;
  lang: 'nl' | 'en';
  body: SafeHtml;
  nav?: SafeHtml;
  brand?: string;
  /** A layout of its own (the portal's compact phone header and bottom bar). */
  bodyClass?: string;
  /** After the content: the portal's bottom navigation, thumb-reachable on a phone. */
  footer?: SafeHtml;
}

/** A paged list's page that began again at page one because its link's cursor did not hold says so once (webcursor). */
const restartedNotice = (lang: 'nl' | 'en') => {
  const notice = listRestartedNotice(lang);
  return notice ? html`<p class="notice" role="status">${notice}</p>` : '';
};

export function page(options: PageOptions): string {
  return withFormKeys(`<!doctype html>${html`<html lang="${options.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · Steward</title><style>${new SafeHtml(STYLE)}</style></head>
<body${options.bodyClass ? html` class="${options.bodyClass}"` : ''}><a class="skip" href="#main">${options.lang === 'nl' ? 'Naar de inhoud' : 'Skip to content'}</a>
<header class="top"><span class="brand">${options.brand ?? 'Steward'}</span>${options.nav ?? ''}</header>
<main id="main">${restartedNotice(options.lang)}${options.body}</main>${options.footer ?? ''}</body></html>`}`);
}

/**
 * "22 november 2026" / "22 November 2026" for dates shown to people, written as in the letters.
 * Takes a calendar date (`YYYY-MM-DD`) or an instant (ISO timestamp), which is shown as its day in
 * the Netherlands: something that happened at 00:30 in Amsterdam happened on that day, not the one before.
 */
export function humanDate(dateOrInstant: string | null | undefined, lang: 'nl' | 'en'): string {
  if (!dateOrInstant) return '';
  return longDate(dateOrInstant.length > 10 ? dutchDate(new Date(dateOrInstant)) : dateOrInstant, lang);
}

const AMSTERDAM_TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Amsterdam' });

/** "17:45": the first minute on the clocks in the Netherlands at which `instant` has passed (a retry at 17:44:30 may go at 17:45, not 17:44). */
export function clockTimeAfter(instant: Date): string {
  return AMSTERDAM_TIME.format(new Date(Math.ceil(instant.getTime() / 60_000) * 60_000));
}

/** "22 November 2026, 14:05": a moment as the clocks in the Netherlands show it (a deadline within a day). */
export function humanMoment(instant: Date, lang: 'nl' | 'en'): string {
  return `${humanDate(instant.toISOString(), lang)}, ${AMSTERDAM_TIME.format(instant)}`;
}
