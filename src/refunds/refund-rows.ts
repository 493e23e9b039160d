/**
 * What reached the estate account of a refund, one row a receipt: what another module may read of `refund_receipts` in its own
 * statement — the contract's settled step keeps what was left that day (closewords), the contracts module keeps `refund_open` as a
 * contract's step writes it (refundscale). The refunds module owns the table; a reader joins these rows instead of naming it (as
 * `contractRows`); PostgreSQL pulls the subquery up, so a contract's receipts are still found by `refund_receipts_contract_idx`. askboth: each
 * row says what it answers (`answers`: the refund or the money asked back); a reader sums the one it reads.
 */
export const refundReceiptRows = `(SELECT contract_id, amount, answers FROM refund_receipts)`;
