// This file is the port for small per-document values (the saved column mapping and layout version).

export interface DocumentStorePort {
  get(key: string): string | null;
  set(key: string, value: string): void;
}
