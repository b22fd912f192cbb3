// This file is the port for the coordinator's cursor: which tab and row are selected.

export interface SelectionPort {
  /** The selected tab and 1-based sheet row, or null. */
  current(): { tab: string; row: number } | null;
}
