/**
 * What reached the estate account of a refund, one row a receipt: what another module may read of `refund_receipts` in its own
 * statement (the contract's settled step keeps what was left that day, closewords). The refunds module owns the table; a reader joins
 * these rows instead of naming it (as `contractRows`), on its contract index.
 */
export const refundReceiptRows = `(SELECT contract_id, amount FROM refund_receipts)`;
