import { ERASURE_TERM } from '../../letters/model';
import { businessDaysBetween } from '../../workflows/business-days';

/** A contract of the estate and its provider, in the order the contracts were added. */
export interface ProviderContract {
  id: string;
  providerId: string;
  /** Whether the provider's desk still works on its request (listed under a tab other than "done"). */
  onDesk: boolean;
}

/** Who is asked to delete a document, and about which of its contracts. */
export interface ErasureRecipient {
  providerId: string;
  contractId: string;
}

/**
 * The providers that received a document, each once: those whose contracts' letters carried it, then
 * those whose desk opened it without a letter listing it, through a request that was sent it (`holdingContractIds`:
 * a newer version of what its letter carried or the owner chose for it, which the desk serves instead). A desk's
 * view of a document no request of its provider was sent (audit74 F-2: served before sentonly by its kind alone)
 * asks nothing: "het maakt geen deel meer uit van mijn verzoek" would be untrue. A provider with two contracts gets
 * one request, about a contract whose request its desk still works on if one took it there (a request in the desk's
 * "done" tab is where nobody looks), else the first.
 */
export function erasureRecipients(
  enclosingContractIds: readonly string[],
  viewingProviderIds: readonly string[],
  contracts: readonly ProviderContract[],
  holdingContractIds: readonly string[],
): ErasureRecipient[] {
  const carried = enclosingContractIds.flatMap((id) => contracts.filter((c) => c.id === id));
  const candidates = new Map<string, ProviderContract[]>();
  for (const contract of carried) candidates.set(contract.providerId, [...(candidates.get(contract.providerId) ?? []), contract]);
  for (const providerId of viewingProviderIds) {
    if (!candidates.has(providerId)) candidates.set(providerId, contracts.filter((c) => c.providerId === providerId && holdingContractIds.includes(c.id)));
  }
  return [...candidates]
    .filter(([, some]) => some.length > 0)
    .map(([providerId, some]) => ({ providerId, contractId: (some.find((c) => c.onDesk) ?? some[0]).id }));
}

/**
 * The latest day a deletion request may have gone out and still be unconfirmed after ERASURE_TERM
 * business days today: a request sent on or before it is overdue.
 */
export function unconfirmedSince(today: string): string {
  let day = today;
  while (businessDaysBetween(day, today) < ERASURE_TERM.businessDays) day = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return day;
}
