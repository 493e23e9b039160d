import type { StaffPrincipal } from '../auth/principal';
import type { Page } from '../common/paging';
import { type PrintBatchView, type PrintEnvelope, readdressedWarning } from '../letters/print-batches.service';
import { html, humanDate, humanMoment, SafeHtml } from '../web/html';
import { pager, PagePosition } from '../web/pager';
import { ownerWords } from '../words';
import { actionButton, appPage, backToToday, notice } from './workspace-pages';
import { keepFromToday } from '../web/from-today';

/** Where the print page stands: the batches' position and the waiting letters' own. */
export interface PrintPagePosition extends PagePosition {
  limit?: string;
  waiting?: PagePosition;
}

/**
 * An envelope as the owner reads it: its letter's title in her language (`LettersService.titlesOf`), where the envelope's `subject`
 * is the letter's as it went out, in the provider's.
 */
export type TitledEnvelope = PrintEnvelope & { title: string };

/** One envelope: to whom, what, for which estate, and its pages once printed (a waiting letter: its date). */
function envelopeItem(e: TitledEnvelope, lang: 'nl' | 'en'): SafeHtml {
  const w = ownerWords(lang).print;
  return html`<li><strong>${e.recipient}</strong> — ${e.title} · ${e.deceasedName} (${e.estateReference}) · ${e.pages === null ? w.letterOf(humanDate(e.letterDate, lang)) : w.pages(e.pages)}${e.postedApart ? html` · <span class="badge" data-posted-apart>${w.postedApartBy(e.postedApart.byName, humanDate(e.postedApart.postedOn, lang))}</span>` : ''}</li>`;
}

/**
 * batchposted: the batch's letters a colleague marked posted apart (handover4), among those the page shows: the holder does not post
 * them again, and her marking of the batch does not count them twice (`postLetters` takes only the letters still printed).
 */
function postedApartNote(envelopes: TitledEnvelope[], lang: 'nl' | 'en'): SafeHtml | '' {
  const apart = envelopes.filter((e) => e.postedApart);
  return apart.length ? html`<p role="note" data-posted-apart-count="${apart.length}">${ownerWords(lang).print.postedApart(apart.length, [...new Set(apart.map((e) => e.postedApart!.byName))])}</p>` : '';
}

/**
 * A batch's letters whose printed term had passed: by the day it was posted (`lateDueDate`), or by the day it was downloaded
 * (`setApartDueDate`: left out of the PDF). Each was made anew, so the note tells what happened, not what to do.
 */
function lateWarning(envelopes: TitledEnvelope[], due: 'lateDueDate' | 'setApartDueDate', intro: string, lang: 'nl' | 'en'): SafeHtml | '' {
  const w = ownerWords(lang).print;
  const late = envelopes.filter((e) => e[due]);
  return late.length
    ? html`<div class="late-post" role="note"><p><span class="badge alert">${intro}</span></p><ul>${late.map((e) => html`<li><strong>${e.recipient}</strong> — ${e.title} · ${e.deceasedName} (${e.estateReference}): ${w.lateLetter(humanDate(e[due], lang))}</li>`)}</ul></div>`
    : '';
}

/**
 * Letters to providers on the post channel: one merged PDF a day to print and send, what is in each batch (a
 * <details> per batch, no script needed), what waits for the next batch, and the mark that a batch went into the mail.
 */
export function printPage(
  user: StaffPrincipal,
  batches: Page<PrintBatchView>,
  envelopes: Map<string, TitledEnvelope[]>,
  waiting: Page<TitledEnvelope>,
  at: PrintPagePosition,
  flash?: string,
  cameFromToday?: boolean,
): string {
  const lang = user.lang;
  const w = ownerWords(lang).print;
  const keep = (path: string) => keepFromToday(path, cameFromToday);
  const from = cameFromToday ? 'today' : undefined;
  const rows = batches.items.map((b) => {
    const all = envelopes.get(b.id) ?? [];
    const inside = all.filter((e) => !e.setApartDueDate);
    return html`<tr data-batch="${b.id}"><td>${humanDate(b.date, lang)}</td><td data-label="${w.letters}">${b.letterCount}<details><summary>${w.envelopes}</summary><ul>${inside.map((e) => envelopeItem(e, lang))}</ul>${b.letterCount > inside.length ? html`<p>${w.moreEnvelopes(b.letterCount - inside.length)}</p>` : ''}</details></td><td><a href="${keep(`/app/print/${b.id}/pdf`)}">${w.pdf}</a></td>
<td><p>${b.printedAt ? w.printedOn(humanMoment(new Date(b.printedAt), lang)) : w.notPrinted}</p>${lateWarning(all, 'setApartDueDate', w.setApartIntro, lang)}${postedApartNote(inside, lang)}${
      b.postedAt
        ? html`${w.posted(humanDate(new Date(b.postedAt).toISOString(), lang), b.postedBy?.name ?? null)}${lateWarning(inside, 'lateDueDate', w.lateIntro, lang)}`
        : // Nothing of a batch nobody downloaded can be in the mail (`markPosted` refuses it): the button waits for the download,
          // as it does for one whose envelopes carry an address corrected since (README, printaddress), and for one merged again
          // (opsmend): no checksum nor button until its new PDF is recorded, the old one is no longer true.
          b.readdressed
          ? html`<p class="late-post" role="note"><span class="badge alert">${readdressedWarning(b.readdressed, lang)}</span></p>`
          : b.rebuilding
            ? html`<p class="late-post" role="note" data-rebuilding><span class="badge">${w.rebuilding}</span></p>`
            : b.printedAt
              ? html`${w.readyForPost} ${actionButton(keep(`/app/print/${b.id}/posted`), w.markPosted, { sha256: b.sha256! })}`
              : ''
    }</td></tr>`;
  });
  // Each list's pager keeps the other list's position.
  const batchesPager = pager('/app/print', { limit: at.limit, waiting: at.waiting?.cursor, waitingBack: at.waiting?.back, from }, at, batches.nextCursor, lang);
  const waitingPager = pager('/app/print', { limit: at.limit, cursor: at.cursor, back: at.back, from }, at.waiting ?? {}, waiting.nextCursor, lang, { cursor: 'waiting', back: 'waitingBack', anchor: 'waiting' });
  return appPage(
    user,
    w.title,
    html`${notice(lang, flash)}${cameFromToday ? html`<p class="back">${backToToday(lang)}</p>` : ''}<h1>${w.title}</h1>
<p>${w.intro}</p>
${actionButton(keep('/app/print'), w.printNow)}
<p>${w.postedHint}</p>
${rows.length
      ? html`<table class="stacked"><thead><tr><th scope="col">${w.day}</th><th scope="col">${w.letters}</th><th scope="col">${w.file}</th><th scope="col">${w.state}</th></tr></thead><tbody>${rows}</tbody></table>${batchesPager}`
      : html`<p class="card">${w.none}</p>`}
<section id="waiting" aria-labelledby="waiting-title"><h2 id="waiting-title">${w.waitingTitle}</h2>
${waiting.items.length || at.waiting?.cursor ? html`<p>${w.waitingIntro}</p><ul>${waiting.items.map((e) => envelopeItem(e, lang))}</ul>${waitingPager}` : html`<p class="card">${w.waitingNone}</p>`}</section>`,
  );
}
