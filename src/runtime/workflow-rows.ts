import type { SubjectType } from './workflow-instance.entity';

/**
 * What another module may read of a workflow in its own statement (Today's sections, the family digest's pick of an
 * estate): the subject, where it stands and its terms — never the snapshot, the machine or the accepted events, which
 * only the runtime reads. The runtime owns `workflow_instances`; a reader that must stay one statement (README
 * "Today's sections in one statement (stop 29)") joins these rows instead of naming the table.
 */
export const WORKFLOW_ROW_COLUMNS = [
  'id',
  'estate_id',
  'subject_id',
  'state',
  'due_date',
  'updated_at',
  /** The provider's terms passed in a row in the state, as her calls left them unanswered (`WorkflowRuntime.termsUnanswered`). */
  'missed_terms',
  'missed_with_letter',
  /** The earliest of those terms still unanswered: what a late move is dated and ordered by. */
  'first_unanswered_due_date',
] as const;

export type WorkflowRowColumn = (typeof WORKFLOW_ROW_COLUMNS)[number];

/**
 * The workflows of one subject type as a table to read from, `FROM ${workflowRows('contract')} w`. A plain subquery:
 * PostgreSQL pulls it up into the caller's statement, so its condition on `subject_type` meets the partial indexes
 * (`workflow_instances_estate_queue_idx`, `…_owners_late_idx`) as if the table were named, and the plans stay on them.
 */
export const workflowRows = (subjectType: SubjectType): string => `(SELECT ${WORKFLOW_ROW_COLUMNS.join(', ')} FROM workflow_instances WHERE subject_type = '${subjectType}')`;

/** Columns of such rows under the alias `w`, as a select list: checked against what the runtime lets others read. */
export const workflowColumns = (...columns: WorkflowRowColumn[]): string => columns.map((column) => `w.${column}`).join(', ');
