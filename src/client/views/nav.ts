// This file lets a view open another (for example, a proposed match opens its detail).
export type ViewName = 'setup' | 'match' | 'batch' | 'matches' | 'detail' | 'reviews' | 'training' | 'applications' | 'summaries' | 'settings';

let navigate: (view: ViewName, arg?: string) => void = () => undefined;

export function setNavigator(fn: (view: ViewName, arg?: string) => void): void {
  navigate = fn;
}

export function go(view: ViewName, arg?: string): void {
  navigate(view, arg);
}
