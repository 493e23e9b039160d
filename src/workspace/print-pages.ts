import type { StaffPrincipal } from '../auth/principal';
import type { Page } from '../common/paging';
import type { PrintBatchView } from '../letters/print-batches.service';
import { html, humanDate } from '../web/html';
import { pager, PagePosition } from '../web/pager';
import { ownerWords } from '../words';
import { actionButton, appPage, notice } from './workspace-pages';

/** Letters to providers on the post channel: one merged PDF a day to print and send, and the mark that it went into the mail. */
export function printPage(user: StaffPrincipal, batches: Page<PrintBatchView>, at: PagePosition & { limit?: string }, flash?: string): string {
  const lang = user.lang;
  const w = ownerWords(lang).print;
  const rows = batches.items.map(
    (b) => html`<tr data-batch="${b.id}"><td>${humanDate(b.date, lang)}</td><td>${b.letterCount}</td><td><a href="/app/print/${b.id}/pdf">${w.pdf}</a></td>
<td>${b.postedAt ? w.posted(humanDate(new Date(b.postedAt).toISOString(), lang), b.postedBy?.name ?? null) : html`${w.readyForPost} ${actionButton(`/app/print/${b.id}/posted`, w.markPosted)}`}</td></tr>`,
  );
  return appPage(
    user,
    w.title,
    html`${notice(lang, flash)}<h1>${w.title}</h1>
<p>${w.intro}</p>
${actionButton('/app/print', w.printNow)}
<p>${w.postedHint}</p>
${rows.length
      ? html`<table><thead><tr><th scope="col">${w.day}</th><th scope="col">${w.letters}</th><th scope="col">${w.file}</th><th scope="col">${w.state}</th></tr></thead><tbody>${rows}</tbody></table>${pager('/app/print', { limit: at.limit }, at, batches.nextCursor, lang)}`
      : html`<p class="card">${w.none}</p>`}`,
  );
}
