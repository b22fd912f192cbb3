// This file lets a view open another (for example, a proposed match opens its detail), passing on the outcome of the
// action that opened it so the new view says it once it has loaded.
export type ViewName = 'today' | 'setup' | 'match' | 'batch' | 'matches' | 'detail' | 'reviews' | 'training' | 'applications' | 'summaries' | 'settings';

export type Navigator = (view: ViewName, arg?: string, outcome?: string) => void;

let navigate: Navigator = () => undefined;

export function setNavigator(fn: Navigator): void {
  navigate = fn;
}

export function go(view: ViewName, arg?: string, outcome?: string): void {
  navigate(view, arg, outcome);
}
