import type { StaffPrincipal } from '../auth/principal';
import type { Page } from '../common/paging';
import type { PrintBatchView } from '../letters/print-batches.service';
import { html, humanDate } from '../web/html';
import { pager, PagePosition } from '../web/pager';
import { actionButton, appPage, LANG, notice } from './workspace-pages';

/** Letters to providers on the post channel: one merged PDF a day to print and send. */
export function printPage(user: StaffPrincipal, batches: Page<PrintBatchView>, at: PagePosition & { limit?: string }, flash?: string): string {
  const rows = batches.items.map(
    (b) => html`<tr><td>${humanDate(b.date, LANG)}</td><td>${b.letterCount}</td><td><a href="/app/print/${b.id}/pdf">PDF to print</a></td></tr>`,
  );
  return appPage(
    user,
    'Letters by post',
    html`${notice(LANG, flash)}<h1>Letters by post</h1>
<p>Letters to providers that only take post are gathered into one PDF a day. Waiting letters go into tomorrow's batch, or now:</p>
${actionButton('/app/print', 'Print everything waiting now')}
${rows.length
      ? html`<table><thead><tr><th scope="col">Day</th><th scope="col">Letters</th><th scope="col">File</th></tr></thead><tbody>${rows}</tbody></table>${pager('/app/print', { limit: at.limit }, at, batches.nextCursor, LANG)}`
      : html`<p class="card">No print batches yet.</p>`}`,
  );
}
