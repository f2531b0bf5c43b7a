import ts from 'typescript';

/*
 * What one source file depends on, read with the TypeScript compiler's parser rather than regular
 * expressions, so an import split over lines, a dynamic import() or a require() inside a function
 * cannot slip past the dependency rules (test/support/dependency-rules.ts).
 */

export type ImportKind =
  | 'import'
  | 'side-effect'
  | 'export-from'
  | 'dynamic-import'
  | 'require'
  | 'import-type';

/** `spec` is the module specifier as written; COMPUTED when it is not a string literal. */
export type SourceImport = { spec: string; kind: ImportKind; typeOnly: boolean; line: number };

/** A use of a global that reads the outside world: the environment, the process, the system clock. */
export type GlobalUse = {
  what: 'process.env' | 'process' | 'Date.now' | 'new Date()' | 'Date()';
  line: number;
};

export type SourceFacts = {
  imports: SourceImport[];
  globals: GlobalUse[];
  /** Lines of top-level statements that exist at run time (not a type, an interface or an import). */
  values: number[];
};

export const COMPUTED = '(computed)';

export function readSource(fileName: string, text: string): SourceFacts {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const facts: SourceFacts = { imports: [], globals: [], values: [] };
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const addImport = (node: ts.Node, specifier: ts.Node | undefined, kind: ImportKind, typeOnly: boolean) => {
    const spec = specifier && ts.isStringLiteralLike(specifier) ? specifier.text : COMPUTED;
    facts.imports.push({ spec, kind, typeOnly, line: lineOf(node) });
  };

  for (const statement of source.statements) {
    if (!isTypeLevel(statement)) facts.values.push(lineOf(statement));
  }

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      addImport(
        node,
        node.moduleSpecifier,
        clause ? 'import' : 'side-effect',
        clause ? isTypeOnlyImport(clause) : false,
      );
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      addImport(node, node.moduleSpecifier, 'export-from', node.isTypeOnly);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      addImport(node, node.moduleReference.expression, 'require', node.isTypeOnly);
    } else if (ts.isImportTypeNode(node)) {
      const argument = node.argument;
      addImport(node, ts.isLiteralTypeNode(argument) ? argument.literal : undefined, 'import-type', true);
    } else if (ts.isCallExpression(node)) {
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        addImport(node, node.arguments[0], 'dynamic-import', false);
      } else if (ts.isIdentifier(node.expression) && node.expression.text === 'require') {
        addImport(node, node.arguments[0], 'require', false);
      } else if (isGlobal(node.expression, 'Date')) {
        facts.globals.push({ what: 'Date()', line: lineOf(node) });
      }
    }
    const use = globalUse(node);
    if (use) facts.globals.push({ what: use, line: lineOf(node) });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return facts;
}

/** `process.x`, `process['x']`, `Date.now` (called or passed as a value), `new Date` with no arguments. */
function globalUse(node: ts.Node): GlobalUse['what'] | undefined {
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
    const name = ts.isPropertyAccessExpression(node)
      ? node.name.text
      : ts.isStringLiteralLike(node.argumentExpression)
        ? node.argumentExpression.text
        : '';
    if (isGlobal(node.expression, 'process')) return name === 'env' ? 'process.env' : 'process';
    if (isGlobal(node.expression, 'Date') && name === 'now') return 'Date.now';
  }
  if (ts.isNewExpression(node) && isGlobal(node.expression, 'Date') && (node.arguments ?? []).length === 0) {
    return 'new Date()';
  }
  // `const { env } = process` and `const { now } = Date` read the same things without a dot.
  if (ts.isVariableDeclaration(node) && ts.isObjectBindingPattern(node.name) && node.initializer) {
    if (isGlobal(node.initializer, 'process')) return 'process';
    if (isGlobal(node.initializer, 'Date')) return 'Date.now';
  }
  return undefined;
}

/** The identifier names the global (possibly as `globalThis.name`). A local of the same name would match too. */
function isGlobal(node: ts.Node, name: string): boolean {
  if (ts.isIdentifier(node)) return node.text === name;
  return (
    ts.isPropertyAccessExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'globalThis' &&
    node.name.text === name
  );
}

function isTypeOnlyImport(clause: ts.ImportClause): boolean {
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    clause.name === undefined &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

function isTypeLevel(statement: ts.Statement): boolean {
  if (ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) return true;
  if (ts.isImportDeclaration(statement)) return statement.importClause !== undefined;
  if (ts.isExportDeclaration(statement)) return statement.isTypeOnly;
  return false;
}
