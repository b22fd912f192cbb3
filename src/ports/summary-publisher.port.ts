// This file is the port for writing the de-identified manager summary into its own, separate spreadsheet.

export interface SummaryTable {
  /** The tab name in the summary file. */
  title: string;
  /** Rows of plain values (header row first); never formulas, never names. */
  rows: (string | number)[][];
  /** An optional bar/line chart over the table. */
  chart?: { type: 'bar' | 'line' | 'column'; title: string };
}

export interface SummaryPublisherPort {
  /** Writes the tables into the file (creating it when fileId is empty); returns the file's ID and URL. */
  publish(fileId: string, title: string, tables: readonly SummaryTable[]): { fileId: string; url: string };
}
