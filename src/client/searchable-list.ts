// This file draws a long sidebar list a coordinator can search and filter — by name or ID, by status, by due window —
// grouped by status with a count per group. Every list view uses it, so each list works the same way.
import { count, el, field, input, select } from './dom';
import { DUE_WINDOWS, Filterable, groupsOf, keeps, ListQuery } from './list-filter';

export interface ListEntry extends Filterable {
  /** The list item, drawn when the entry is shown. */
  render(): HTMLLIElement;
}

export interface ListOptions {
  /** What the list holds, plural and singular: "open matches", "open match". */
  noun: [plural: string, singular: string];
  /** Groups in this order first (statuses in their lifecycle order). */
  order?: readonly string[];
  /** Offer the due-window filter (lists of things coming due). */
  dueWindows?: boolean;
  /** The list's class: "choices" for a list of buttons, "cards" for cards. */
  listClass?: string;
  /** An id prefix, so two lists in one view have distinct ids. */
  id: string;
}

/** The search box, the filters, a count that says how many are shown, and the groups; redrawn on every change. */
export function searchableList(entries: readonly ListEntry[], options: ListOptions): HTMLElement {
  if (!entries.length) return el('p', `No ${options.noun[0]}.`);
  const wrap = el('div', undefined, { class: 'searchable', id: options.id });
  const search = input('search');
  const groups = groupsOf(entries, options.order);
  const status = select([{ value: '', label: `All (${entries.length})` }, ...groups.map((g) => ({ value: g.group, label: `${g.group} (${g.count})` }))]);
  const due = select([{ value: '', label: 'Any time' }, ...DUE_WINDOWS.map((w) => ({ value: w.value, label: w.label }))]);
  const shown = el('p', undefined, { class: 'hint', 'aria-live': 'polite', id: `${options.id}-count` });
  const body = el('div');
  wrap.append(field(`Search ${options.noun[0]} by name or ID`, search), field('Status', status));
  if (options.dueWindows) wrap.append(field('Due', due));
  wrap.append(shown, body);

  const draw = () => {
    const query: ListQuery = { text: search.value, group: status.value, due: options.dueWindows ? due.value : '' };
    const kept = entries.filter((entry) => keeps(entry, query));
    shown.textContent = kept.length === entries.length ? `Showing all ${count(entries.length, options.noun[1], options.noun[0])}.` : `Showing ${kept.length} of ${count(entries.length, options.noun[1], options.noun[0])}.`;
    body.replaceChildren();
    for (const { group, count: n } of groupsOf(kept, options.order)) {
      const id = `${options.id}-${group.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      const list = el('ul', undefined, { class: options.listClass ?? 'choices', 'aria-labelledby': id });
      for (const entry of kept) if (entry.group === group) list.append(entry.render());
      body.append(el('h3', `${group} (${n})`, { id }), list);
    }
    if (!kept.length) body.append(el('p', `No ${options.noun[0]} match this search.`));
  };
  search.addEventListener('input', draw);
  status.addEventListener('change', draw);
  due.addEventListener('change', draw);
  draw();
  return wrap;
}
