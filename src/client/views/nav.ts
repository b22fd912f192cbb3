// This file lets a view open another (for example, a proposed match opens its detail), passing on the outcome of the
// action that opened it so the new view says it once it has loaded, and that action's Undo.
import type { UndoOffer } from '../../shared/rpc-contract';

export type ViewName = 'today' | 'setup' | 'match' | 'batch' | 'matches' | 'detail' | 'reviews' | 'training' | 'applications' | 'summaries' | 'settings';

export type Navigator = (view: ViewName, arg?: string, outcome?: string, undo?: UndoOffer | null) => void;

let navigate: Navigator = () => undefined;

export function setNavigator(fn: Navigator): void {
  navigate = fn;
}

export function go(view: ViewName, arg?: string, outcome?: string, undo?: UndoOffer | null): void {
  navigate(view, arg, outcome, undo);
}
