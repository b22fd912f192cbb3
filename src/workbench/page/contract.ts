// This file is what the workbench server answers the page with: plain JSON types, shared by both sides.

export interface TabSummary {
  name: string;
  rows: number;
  columns: number;
}

export interface TabView extends TabSummary {
  /** Display text by row, at most a set number of rows; `truncated` says rows were left out. */
  cells: string[][];
  truncated: boolean;
  selected: { row: number; column: number } | null;
}

/** What a menu action showed: alerts and toasts as text, sidebars and dialogs by number (served at /sidebar/N). */
export interface MenuOutcome {
  ok: boolean;
  message?: string;
  alerts: { title: string; prompt: string }[];
  toasts: { title: string; message: string }[];
  sidebar: number | null;
  dialog: { id: number; title: string } | null;
}
