import { reportFollowUp, reportNotice } from './family-reports.service';

describe('what the family is told after reporting a bill', () => {
  it('says it reached the owner, who checks it and decides: no dispute, no word on paying', () => {
    const notice = reportNotice({ kind: 'invoice_after_end', outcome: null });
    expect(notice).toBe('bill_queued');
    expect(reportFollowUp(notice, 'Anna de Boer', 'nl')).toBe('Uw melding is aangekomen bij Anna de Boer, die de rekening controleert en beslist wat ermee moet gebeuren. U leest het hier.');
    expect(reportFollowUp(notice, 'Anna de Boer', 'en')).toBe('Your report has reached Anna de Boer, who will check the bill and decide what to do with it. You will read it here.');
  });

  it('on a closed estate says the owner may reopen it, as for any report', () => {
    expect(reportFollowUp('bill_queued', 'Anna de Boer', 'nl', true)).toBe('Het dossier was al gesloten. Anna de Boer bekijkt uw melding en opent het dossier weer als er nog iets moet gebeuren.');
  });

  it('keeps what a new contract started', () => {
    expect(reportNotice({ kind: 'new_contract', outcome: 'contract_added' })).toBe('contract_added');
    expect(reportNotice({ kind: 'letter_to_deceased', outcome: null })).toBe('queued');
  });
});
