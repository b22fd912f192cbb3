// This file sets how the Apps Script emulation runs the add-on for this test project: as an installed editor add-on,
// or (the second run of test/addon) as a script bound to the workbook. Every project sets it, since workers are shared.
process.env.GAS_MODE = (globalThis as { GAS_MODE?: string }).GAS_MODE ?? 'editor-add-on';
