/**
 * What another module may read of the refunds received in its own statement (the contracts module keeping `refund_open` as a
 * contract's step writes it): one row a receipt. The refunds module owns `refund_receipts`; others join these rows instead of
 * naming the table; PostgreSQL pulls the subquery up, so a contract's receipts are still found by `refund_receipts_contract_idx`.
 */
export const refundReceiptRows = `(SELECT contract_id, amount FROM refund_receipts)`;
