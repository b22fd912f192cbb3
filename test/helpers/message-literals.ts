// This file finds the texts in source code that reach a person: message, reason, help and label strings, and the
// words given to an error. Template literals are read with their ${…} parts left out.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const TEXT_PROPERTIES = new Set(['message', 'reason', 'reasons', 'help', 'label', 'title', 'description', 'confirmation', 'text', 'why', 'summary']);

/** The sidebar's helpers whose text arguments are shown or said: headings, paragraphs, buttons, labels, live-region words. */
const SIDEBAR_TEXT_CALLS = /^(el|button|field|choice|run|startView|announce|count|toast)$|\.(toast|alert|setTitle|addItem)$/;

export interface MessageLiteral {
  file: string;
  line: number;
  text: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' … ');
  return undefined;
}

/** Whether this literal is said to a person: a text property's value, or an argument of an error or exclusion. */
function isSaid(node: ts.Node): boolean {
  let at: ts.Node = node;
  while (ts.isBinaryExpression(at.parent) || ts.isConditionalExpression(at.parent) || ts.isParenthesizedExpression(at.parent) || ts.isArrayLiteralExpression(at.parent)) at = at.parent;
  const parent = at.parent;
  if (ts.isPropertyAssignment(parent) && parent.initializer === at) return TEXT_PROPERTIES.has(parent.name.getText().replace(/['"]/g, ''));
  if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) return /error|exclude|issue|announce|warn|reason/i.test(parent.expression.getText()) || SIDEBAR_TEXT_CALLS.test(parent.expression.getText());
  if (ts.isReturnStatement(parent)) {
    const fn = ts.findAncestor(parent, ts.isFunctionLike);
    return !!fn && !!fn.name && /^describe|Reason|Text$|Message$/.test(fn.name.getText());
  }
  return false;
}

/** Every text said to a person in the .ts files under these folders. */
export function findMessageLiterals(...dirs: string[]): MessageLiteral[] {
  const found: MessageLiteral[] = [];
  for (const file of dirs.flatMap(sourceFiles)) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      const text = literalText(node);
      if (text !== undefined) {
        if (/[a-z] [a-z]/i.test(text) && isSaid(node)) found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
