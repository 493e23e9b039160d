import { normaliseName } from './transaction';

/**
 * Payment service providers that collect direct debits (and card payments) for many companies under
 * their own name and creditor ID: for these the creditor ID says nothing about the contract, so the
 * company is read from the ultimate creditor or the description instead.
 */
const UMBRELLAS: { name: string; pattern: RegExp }[] = [
  { name: 'Mollie', pattern: /\bmollie\b/ },
  { name: 'Adyen', pattern: /\badyen\b/ },
  { name: 'Stripe', pattern: /\bstripe\b/ },
  { name: 'Buckaroo', pattern: /\bbuckaroo\b/ },
  { name: 'PayPal', pattern: /\bpaypal\b/ },
  { name: 'MultiSafepay', pattern: /\bmultisafepay\b/ },
  { name: 'Pay.nl', pattern: /\bpay nl\b|\bpaynl\b|\btintel\b/ },
  { name: 'Klarna', pattern: /\bklarna\b/ },
  { name: 'Worldline', pattern: /\bworldline\b|\bingenico\b/ },
  { name: 'CCV', pattern: /^ccv\b/ },
  { name: 'Digital River', pattern: /\bdigital river\b/ },
  { name: 'Online Betaalplatform', pattern: /\bonline betaalplatform\b/ },
  { name: 'EMS', pattern: /\bems payment\b|\beuropean merchant services\b/ },
];

/** The payment service provider's name when `counterparty` is one, else null. */
export function umbrellaCreditor(counterparty: string | null): string | null {
  const name = normaliseName(counterparty);
  return name ? (UMBRELLAS.find((u) => u.pattern.test(name))?.name ?? null) : null;
}

/**
 * The company behind a payment collected by a PSP: its ultimate creditor if the bank gives one, else
 * the description's first words after any leading references and up to the next one
 * ("M1234567 0020 Netflix International B.V. 123…" → "Netflix International B.V.").
 */
export function umbrellaMerchant(ultimateName: string | null, description: string): string | null {
  if (ultimateName?.trim()) return ultimateName.trim();
  const words: string[] = [];
  for (const word of description.trim().split(/\s+/)) {
    if (/\d/.test(word) && !words.length) continue;
    if (!word || /\d/.test(word) || words.length === 4) break;
    words.push(word);
  }
  return words.length ? words.join(' ') : null;
}
