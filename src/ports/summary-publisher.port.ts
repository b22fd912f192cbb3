// This file is the port for writing the de-identified manager summary into its own, separate spreadsheet.

export interface SummaryTable {
  /** The tab name in the summary file. */
  title: string;
  /** Rows of plain values (header row first); never formulas, never names. */
  rows: (string | number)[][];
  /**
   * An optional chart over the table: the first column as labels, the other columns as series, over the header and
   * the first `dataRows` rows below it (all rows when absent; leave totals out).
   */
  chart?: { type: 'bar' | 'line' | 'column'; title: string; dataRows?: number };
}

export interface SummaryPublisherPort {
  /**
   * Writes the tables into the file (creating it when fileId is empty, or when that file can no longer be reached);
   * returns the file's ID and URL, and whether a new file was made. Throws DomainError SUMMARY.* when it cannot.
   */
  publish(fileId: string, title: string, tables: readonly SummaryTable[]): { fileId: string; url: string; created: boolean };
}
