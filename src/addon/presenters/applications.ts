// This file is the sidebar's Applications view: each application as listed, and the decision on one in one sentence.
import type { ApplicationDecided } from '../../app/decide-application';
import type { ApplicationRecord } from '../../app/list-applications';
import type { ApplicationDecision, ApplicationView } from '../../shared/rpc-contract';

export function presentApplication(application: ApplicationRecord): ApplicationView {
  return { ...application };
}

/** One sentence for the coordinator: record IDs and field names only, never an answer. */
function decisionSentence(d: ApplicationDecided): string {
  const { responseId, recordId } = d.application;
  if (d.decision === 'reject') return `Application ${responseId} rejected.`;
  if (d.decision === 'accept') {
    const goals = d.goalIds.length ? ` with ${d.goalIds.length} goal${d.goalIds.length === 1 ? '' : 's'} (${d.goalIds.join(', ')})` : '';
    const blank = d.warnings.length ? ` Left blank because they could not be read: ${d.warnings.map((w) => w.split(':')[0]).join(', ')}.` : '';
    return `Application ${responseId} accepted: new ${d.person} ${recordId}${goals}.${blank}`;
  }
  const parts = [
    d.filled.length ? `filled ${d.filled.join(', ')}` : 'no blank contact fields to fill',
    d.kept.length ? `kept the existing ${d.kept.join(', ')} (the application's differs; change it by hand if it is newer)` : '',
  ].filter(Boolean);
  return `Application ${responseId} merged into ${recordId}: ${parts.join('; ')}.`;
}

export function presentDecision(decided: ApplicationDecided): ApplicationDecision {
  return { ...presentApplication(decided.application), message: decisionSentence(decided), goalIds: decided.goalIds, filled: decided.filled, kept: decided.kept, warnings: decided.warnings };
}
