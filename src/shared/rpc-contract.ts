// This file is the contract between the sidebar and the add-on's server functions: what crosses as JSON.
// Dates cross as ISO strings. Every call either returns its result or rejects with an RpcError.

export interface RpcError {
  code: string;
  message: string;
}

export interface FieldReport {
  header: string;
  column: string;
  how: 'saved' | 'exact' | 'alias' | 'contains' | 'fuzzy';
}

export interface TabCheck {
  role: string;
  tab: string | null;
  required: boolean;
  rows: number;
  fields: Record<string, FieldReport>;
  missing: string[];
  ambiguous: { field: string; headers: string[] }[];
  unmapped: string[];
}

export interface WorkbookCheck {
  usable: boolean;
  tabs: TabCheck[];
  issues: { code: string; message: string; location: { tab: string; row?: number; column?: string } }[];
}

/** The server functions the sidebar may call, by name. */
export interface ServerApi {
  getWorkbookCheck(): WorkbookCheck;
}
