import { ERASURE_TERM } from '../../letters/model';
import { businessDaysBetween } from '../../workflows/business-days';

/** A contract of the estate and its provider, in the order the contracts were added. */
export interface ProviderContract {
  id: string;
  providerId: string;
}

/** Who is asked to delete a document, and about which of its contracts. */
export interface ErasureRecipient {
  providerId: string;
  contractId: string;
}

/**
 * The providers that received a document, each once: those whose contracts' letters carried it (about
 * the first such contract), then those whose desk opened it without a letter listing it (a newer
 * required document the desk served; about the provider's first contract of the estate, the desk
 * serves documents only through its requests). A provider with two contracts gets one request.
 */
export function erasureRecipients(enclosingContractIds: readonly string[], viewingProviderIds: readonly string[], contracts: readonly ProviderContract[]): ErasureRecipient[] {
  const recipients = new Map<string, string>();
  const ask = (contract: ProviderContract | undefined) => {
    if (contract && !recipients.has(contract.providerId)) recipients.set(contract.providerId, contract.id);
  };
  for (const id of enclosingContractIds) ask(contracts.find((c) => c.id === id));
  for (const providerId of viewingProviderIds) ask(contracts.find((c) => c.providerId === providerId));
  return [...recipients].map(([providerId, contractId]) => ({ providerId, contractId }));
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
