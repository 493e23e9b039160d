import { errorText } from '../web/fields';
import { providerWords } from '../words';
import { exportPeriodProblems } from './export-period';

describe("the desk export's period (scalebench, audit84 E1)", () => {
  it('takes a quarter, both ends counted, and a single day', () => {
    expect(exportPeriodProblems('2026-10-01', '2026-12-31')).toEqual([]);
    expect(exportPeriodProblems('2026-11-23', '2026-11-23')).toEqual([]);
  });

  it('refuses a longer period, naming `to` and the last day it takes, in the desk\'s Dutch and English', () => {
    const [problem] = exportPeriodProblems('2026-10-01', '2027-01-01');
    expect(problem).toMatchObject({ field: 'to', rule: 'periodTooLong', limit: '2026-12-31' });
    expect(errorText(providerWords('nl').errors, problem, 'nl')).toBe('Laatste dag: een export beslaat hooguit 92 dagen (een kwartaal); kies uiterlijk 31 december 2026, en exporteer de rest apart.');
    expect(errorText(providerWords('en').errors, problem, 'en')).toBe('Last day: one export covers at most 92 days (a quarter); choose 31 December 2026 at the latest, and export the rest separately.');
  });

  it('still refuses a `to` before `from`', () => {
    expect(exportPeriodProblems('2026-11-30', '2026-11-01')).toEqual([{ field: 'to', message: 'must not be before from', rule: 'beforeStart' }]);
  });
});
