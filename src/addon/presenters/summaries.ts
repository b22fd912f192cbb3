// This file words the summaries' outcomes for the sidebar and the menu's toast: counts only, never a name.
import type { PprRefreshed } from '../../app/refresh-ppr';
import type { SummaryPublished } from '../../app/publish-manager-summary';
import type { SummaryResult } from '../../shared/rpc-contract';

export function presentPprRefreshed(r: PprRefreshed): SummaryResult {
  const note = r.leftOut ? ` ${r.leftOut} row${r.leftOut === 1 ? ' was' : 's were'} left out of the counts; the ${r.tab} tab lists why.` : '';
  return { message: `The ${r.tab} tab now shows fiscal year ${r.fiscalYear}: ${r.goalsSet} goals set, ${r.goalsMet} met, ${r.consumersServed} consumers served.${note}` };
}

export function presentPublished(p: SummaryPublished): SummaryResult {
  const replaced = p.replacedSaved ? ' The saved manager file could not be opened, so a new one was made.' : '';
  return {
    message: `${p.created ? 'Created' : 'Updated'} the manager summary (${p.tabs} tabs, as of ${p.asOf}).${replaced} Share it with managers from Google Drive.`,
    url: p.url,
  };
}
