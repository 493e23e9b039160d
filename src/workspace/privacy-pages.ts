import type { StaffPrincipal } from '../auth/principal';
import type { Page } from '../common/paging';
import type { EstateDocument } from '../documents/document.entity';
import { type Estate, fullName } from '../estates/estate.entity';
import type { AccessLogEntry } from '../privacy/access-log.entity';
import { html, humanDate, humanMoment, stackedTable } from '../web/html';
import { pager, type PagePosition } from '../web/pager';
import { ownerWords } from '../words';
import { actionButton, appPage, label } from './workspace-pages';

/** Who did something, as the owner reads it: a colleague's or relative's name, else what kind of party it was. */
export type NameOf = (type: string, id: string | null) => string;

/** The estate's access log for an administrator: who on the staff opened what, newest first, paged. */
export function accessLogPage(user: StaffPrincipal, estate: Estate, log: Page<AccessLogEntry>, at: PagePosition & { limit?: number }): string {
  const lang = user.lang;
  const w = ownerWords(lang).privacy;
  const name = fullName(estate.deceased);
  return appPage(
    user,
    w.accessLogTitle(name),
    html`<h1>${w.accessLogHeading(name)}</h1>
<p><a href="/app/estates/${estate.id}">${w.backToEstate}</a></p>
${log.items.length
      ? stackedTable([w.when, w.who, w.opened], log.items.map((a) => [humanMoment(a.viewedAt, lang), a.user?.name ?? w.removedAccount, a.route]), 'card', w.accessLogCaption)
      : html`<p class="card">${w.nobodyOpened}</p>`}
${pager(`/app/estates/${estate.id}/access-log`, { limit: at.limit?.toString() }, at, log.nextCursor, lang)}`,
  );
}

export interface DocumentHistory {
  document: EstateDocument;
  versions: EstateDocument[];
  erasures: { providerName: string; contractId: string; sentOn: string | null; confirmedAt: string | null }[];
  views: Page<{ viewerType: string; viewerId: string | null; viewedAt: string }>;
}

const STATUS = (d: EstateDocument) => (d.withdrawnAt ? 'withdrawn' : d.supersededById ? 'replaced' : 'current');

/** A document's audit for its owner: who uploaded each version, whether and why it was withdrawn, who viewed it (paged). */
export function documentHistoryPage(user: StaffPrincipal, h: DocumentHistory, nameOf: NameOf, at: PagePosition & { limit?: number }): string {
  const lang = user.lang;
  const w = ownerWords(lang).privacy;
  const d = h.document;
  return appPage(
    user,
    w.historyTitle(d.fileName),
    html`<h1>${w.historyTitle(d.fileName)}</h1>
<p><a href="/app/estates/${d.estateId}#documents">${w.backToEstate}</a> · <a href="/app/documents/${d.id}">${w.open(d.fileName)}</a></p>
<h2>${w.versions}</h2>
<ol class="card">${h.versions.map((v) => html`<li${v.id === d.id ? html` aria-current="true"` : ''}>${v.fileName} (${label(lang, 'documentKinds', v.kind)}): ${w.statuses[STATUS(v)]} · ${w.uploadedBy(nameOf(v.uploadedByType, v.uploadedById), humanMoment(v.createdAt, lang))}${
      v.withdrawnAt ? html` · ${w.withdrawnBy(nameOf(v.withdrawnByType ?? '', v.withdrawnById), humanMoment(v.withdrawnAt, lang), v.withdrawnReason ?? '')}` : ''
    }</li>`)}</ol>
${h.erasures.length
      ? html`<h2 id="erasures">${w.erasures}</h2>
<ul class="card">${h.erasures.map((e) => html`<li>${e.sentOn ? w.erasureSent(e.providerName, humanDate(e.sentOn, lang)) : w.erasureNotSent(e.providerName)}${
        e.confirmedAt ? html` · ${w.erasureConfirmed(e.providerName, humanDate(e.confirmedAt, lang))}` : html` ${actionButton(`/app/contracts/${e.contractId}/erasures/${d.id}/confirm`, ownerWords(lang).today.recordErasure)}`
      }</li>`)}</ul>`
      : ''}
<h2 id="views">${w.viewedBy(d.fileName)}</h2>
${h.views.items.length
      ? stackedTable([w.when, w.who], h.views.items.map((v) => [humanMoment(new Date(v.viewedAt), lang), nameOf(v.viewerType, v.viewerId)]), 'card')
      : html`<p class="card">${w.nobodyViewed}</p>`}
${pager(`/app/documents/${d.id}/history`, { limit: at.limit?.toString() }, at, h.views.nextCursor, lang, { cursor: 'cursor', back: 'back', anchor: 'views' })}`,
  );
}
