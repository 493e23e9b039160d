import type { ContractOutcomeCount, RetentionStatistics } from './retention-statistics.entity';

export interface PurgedEstateFacts {
  dateOfDeath: string;
  openedAt: Date | null;
  /** when the owner closed the file (the machine purges only closed files, so always known) */
  closedAt: Date | null;
  today: string;
  contracts: ContractOutcomeCount[];
  familyMembers: number;
  letters: number;
  documents: number;
}

/** The anonymous row a purge keeps: years, counts and a duration, nothing that identifies the estate. */
export function retentionStatisticsOf(f: PurgedEstateFacts): Omit<RetentionStatistics, 'id'> {
  return {
    purgeYear: Number(f.today.slice(0, 4)),
    deathYear: Number(f.dateOfDeath.slice(0, 4)),
    daysToClose: f.openedAt && f.closedAt ? Math.max(0, Math.round((f.closedAt.getTime() - f.openedAt.getTime()) / 86_400_000)) : null,
    familyMembers: f.familyMembers,
    letters: f.letters,
    documents: f.documents,
    contracts: f.contracts,
  };
}
