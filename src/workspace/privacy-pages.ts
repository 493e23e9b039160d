import type { StaffPrincipal } from '../auth/principal';
import type { Page } from '../common/paging';
import type { EstateDocument } from '../documents/document.entity';
import { type Estate, fullName } from '../estates/estate.entity';
import type { AccessLogEntry } from '../privacy/access-log.entity';
import { html, humanMoment } from '../web/html';
import { pager, type PagePosition } from '../web/pager';
import { appPage, LANG, words } from './workspace-pages';

/** Who did something, as the owner reads it: a colleague's or relative's name, else what kind of party it was. */
export type NameOf = (type: string, id: string | null) => string;

/** The estate's access log for an administrator: who on the staff opened what, newest first, paged. */
export function accessLogPage(user: StaffPrincipal, estate: Estate, log: Page<AccessLogEntry>, at: PagePosition & { limit?: number }): string {
  const name = fullName(estate.deceased);
  return appPage(
    user,
    `Access log: ${name}`,
    html`<h1>Access log of the estate of ${name}</h1>
<p><a href="/app/estates/${estate.id}">Back to the estate</a></p>
${log.items.length
      ? html`<table class="card"><caption>Every staff view of this estate, its documents and letters, newest first</caption>
<thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What was opened</th></tr></thead>
<tbody>${log.items.map((a) => html`<tr><td>${humanMoment(a.viewedAt, LANG)}</td><td>${a.user?.name ?? 'a removed account'}</td><td>${a.route}</td></tr>`)}</tbody></table>`
      : html`<p class="card">Nobody on the staff has opened this estate yet.</p>`}
${pager(`/app/estates/${estate.id}/access-log`, { limit: at.limit?.toString() }, at, log.nextCursor, LANG)}`,
  );
}

export interface DocumentHistory {
  document: EstateDocument;
  versions: EstateDocument[];
  views: Page<{ viewerType: string; viewerId: string | null; viewedAt: string }>;
}

const STATUS = (d: EstateDocument) => (d.withdrawnAt ? 'withdrawn' : d.supersededById ? 'replaced' : 'current');

/** A document's audit for its owner: who uploaded each version, whether and why it was withdrawn, who viewed it (paged). */
export function documentHistoryPage(user: StaffPrincipal, h: DocumentHistory, nameOf: NameOf, at: PagePosition & { limit?: number }): string {
  const d = h.document;
  return appPage(
    user,
    `History of ${d.fileName}`,
    html`<h1>History of ${d.fileName}</h1>
<p><a href="/app/estates/${d.estateId}#documents">Back to the estate</a> · <a href="/app/documents/${d.id}">Open ${d.fileName}</a></p>
<h2>Versions</h2>
<ol class="card">${h.versions.map((v) => html`<li${v.id === d.id ? html` aria-current="true"` : ''}>${v.fileName} (${words(v.kind)}): ${STATUS(v)} · uploaded by ${nameOf(v.uploadedByType, v.uploadedById)} on ${humanMoment(v.createdAt, LANG)}${
      v.withdrawnAt ? html` · withdrawn by ${nameOf(v.withdrawnByType ?? '', v.withdrawnById)} on ${humanMoment(v.withdrawnAt, LANG)}: ${v.withdrawnReason}` : ''
    }</li>`)}</ol>
<h2 id="views">Who viewed ${d.fileName}</h2>
${h.views.items.length
      ? html`<table class="card"><thead><tr><th scope="col">When</th><th scope="col">Who</th></tr></thead>
<tbody>${h.views.items.map((v) => html`<tr><td>${humanMoment(new Date(v.viewedAt), LANG)}</td><td>${nameOf(v.viewerType, v.viewerId)}</td></tr>`)}</tbody></table>`
      : html`<p class="card">Nobody has viewed it yet.</p>`}
${pager(`/app/documents/${d.id}/history`, { limit: at.limit?.toString() }, at, h.views.nextCursor, LANG, { cursor: 'cursor', back: 'back', anchor: 'views' })}`,
  );
}
