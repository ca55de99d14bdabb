/**
 * Module-level regular expressions made on first use instead of when their module loads — a build-time rewrite of
 * the one-message CLIs' sources (scripts/bundle.mjs `sourceTransforms`, with the property-class rewrite). Why: V8
 * parses a pattern when its literal is evaluated and again when it first runs; a one-message scan evaluated ~1,200
 * literals at load, ~1 MB of pattern text (mostly property classes written out as ranges), and ran about a third of
 * them. Creating the rest was ~25 M instructions of a scan's ~580 M (callgrind, session 29).
 *
 * The rewrite of `const NAME = /…/flags;` at the top of a module (not exported, the literal the whole initialiser):
 *
 *     let NAME$made; const NAME$get = ((source) => () => (NAME$made ??= new RegExp(source, "flags")))("…");
 *
 * The pattern's text stays a string constant of the module's own code (in the code cache with it); the arrow that
 * makes it is small. (An arrow holding the pattern itself cost more to compile, when first called outside the cache's
 * training run, than creating the pattern at load: the JavaScript scanner reads a long pattern slowly.)
 * and every reference to NAME in the module becomes `NAME$get()` (`{ NAME }` becomes `{ NAME: NAME$get() }`). One
 * object, made once, as before — a global pattern's `lastIndex` is kept across uses the same way — only later. A
 * name declared again anywhere in the module (a local that shadows it), exported, or used in a type is left alone,
 * as is every other declaration. TypeScript's parser finds the names; nothing is matched by a pattern.
 */
import type ts from 'typescript';

export interface SourceEdit {
  start: number;
  end: number;
  text: string;
}

export interface LazyPatterns {
  /** The literals made lazy, each with the text that replaces it, given the pattern's source and flags. */
  /** `sourceCode`: a JavaScript expression whose value is `source` (by default its string literal). */
  wrap: Map<ts.Node, (source: string, flags: string, sourceCode?: string) => string>;
  /** The declarations' new names and the references' calls (disjoint from the literals). */
  edits: SourceEdit[];
}

const getter = (name: string): string => `${name}$get`;

/**
 * The rewrite of `file`'s module-level pattern constants whose literal `wanted` accepts. `tsModule` is the
 * TypeScript module (the build passes its own; this module imports only its types).
 */
export function lazyPatterns(tsModule: typeof ts, file: ts.SourceFile, wanted: (literal: ts.RegularExpressionLiteral) => boolean): LazyPatterns {
  const candidates = new Map<string, { declaration: ts.VariableDeclaration; statement: ts.VariableStatement; literal: ts.RegularExpressionLiteral }>();
  for (const statement of file.statements) {
    if (!tsModule.isVariableStatement(statement)) continue;
    if (!(statement.declarationList.flags & tsModule.NodeFlags.Const)) continue;
    if (statement.modifiers?.some((m) => m.kind === tsModule.SyntaxKind.ExportKeyword || m.kind === tsModule.SyntaxKind.DeclareKeyword)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const { name, initializer, type } = declaration;
      if (!tsModule.isIdentifier(name) || type !== undefined || initializer === undefined) continue;
      if (!tsModule.isRegularExpressionLiteral(initializer) || !wanted(initializer)) continue;
      candidates.set(name.text, { declaration, statement, literal: initializer });
    }
  }
  if (candidates.size === 0) return { wrap: new Map(), edits: [] };

  const references = new Map<string, SourceEdit[]>();
  const refused = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (tsModule.isIdentifier(node) && candidates.has(node.text)) {
      const name = node.text;
      const parent = node.parent;
      const own = candidates.get(name)!.declaration;
      if (parent === own && own.name === node) {
        // The declaration itself: renamed below.
      } else if (tsModule.isShorthandPropertyAssignment(parent)) {
        if (parent.objectAssignmentInitializer) refused.add(name);
        else (references.get(name) ?? references.set(name, []).get(name)!).push({ start: node.getStart(file), end: node.end, text: `${name}: ${getter(name)}()` });
      } else if (isNameOfMember(tsModule, node, parent)) {
        // `x.NAME`, `{ NAME: … }`, a method or property called NAME: another thing of the same name.
      } else if (isReference(tsModule, node, parent)) {
        (references.get(name) ?? references.set(name, []).get(name)!).push({ start: node.getStart(file), end: node.end, text: `${getter(name)}()` });
      } else {
        // Declared again (shadowed), exported, imported, used in a type, a label…: left as it is.
        refused.add(name);
      }
    }
    tsModule.forEachChild(node, visit);
  };
  visit(file);

  const wrap = new Map<ts.Node, (source: string, flags: string, sourceCode?: string) => string>();
  const edits: SourceEdit[] = [];
  for (const [name, { declaration, statement, literal }] of candidates) {
    if (refused.has(name)) continue;
    const made = `${name}$made`;
    wrap.set(literal, (source, flags, sourceCode = JSON.stringify(source)) => `((source) => () => (${made} ??= new RegExp(source, ${JSON.stringify(flags)})))(${sourceCode})`);
    edits.push({ start: statement.getStart(file), end: statement.getStart(file), text: `let ${made}; ` });
    edits.push({ start: declaration.name.getStart(file), end: declaration.name.end, text: getter(name) });
    edits.push(...(references.get(name) ?? []));
  }
  return { wrap, edits };
}

function isNameOfMember(tsModule: typeof ts, node: ts.Identifier, parent: ts.Node): boolean {
  return (
    ((tsModule.isPropertyAccessExpression(parent) || tsModule.isPropertyAssignment(parent) || tsModule.isMethodDeclaration(parent) ||
      tsModule.isPropertyDeclaration(parent) || tsModule.isPropertySignature(parent) || tsModule.isMethodSignature(parent) ||
      tsModule.isGetAccessorDeclaration(parent) || tsModule.isSetAccessorDeclaration(parent) || tsModule.isEnumMember(parent)) &&
      parent.name === node) ||
    (tsModule.isPropertyAccessExpression(parent) && parent.name === node)
  );
}

/** Whether the identifier reads the module's constant (an expression), as opposed to declaring or naming something. */
function isReference(tsModule: typeof ts, node: ts.Identifier, parent: ts.Node): boolean {
  if (tsModule.isVariableDeclaration(parent) || tsModule.isParameter(parent) || tsModule.isBindingElement(parent) ||
    tsModule.isFunctionDeclaration(parent) || tsModule.isFunctionExpression(parent) || tsModule.isClassDeclaration(parent) ||
    tsModule.isClassExpression(parent) || tsModule.isImportSpecifier(parent) || tsModule.isImportClause(parent) ||
    tsModule.isNamespaceImport(parent) || tsModule.isImportEqualsDeclaration(parent) || tsModule.isExportSpecifier(parent) ||
    tsModule.isExportAssignment(parent) || tsModule.isTypeQueryNode(parent) || tsModule.isQualifiedName(parent) ||
    tsModule.isLabeledStatement(parent) || tsModule.isBreakOrContinueStatement(parent) || tsModule.isTypeReferenceNode(parent) ||
    tsModule.isInterfaceDeclaration(parent) || tsModule.isTypeAliasDeclaration(parent) || tsModule.isEnumDeclaration(parent) ||
    tsModule.isModuleDeclaration(parent) || tsModule.isTypeParameterDeclaration(parent) || tsModule.isCatchClause(parent)) {
    return false;
  }
  // An assignment to a const is a compile error already; refuse rather than rewrite a target.
  if (tsModule.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind >= tsModule.SyntaxKind.FirstAssignment && parent.operatorToken.kind <= tsModule.SyntaxKind.LastAssignment) return false;
  if ((tsModule.isPrefixUnaryExpression(parent) || tsModule.isPostfixUnaryExpression(parent)) && (parent.operator === tsModule.SyntaxKind.PlusPlusToken || parent.operator === tsModule.SyntaxKind.MinusMinusToken)) return false;
  return true;
}

/**
 * String methods that begin from the start of the text whatever a pattern's `lastIndex` (a global pattern's is set to 0
 * first; split and matchAll work on a copy; search restores it), so one shared object gives the results a fresh one would.
 */
const FROM_THE_START = new Set(['replace', 'replaceAll', 'match', 'matchAll', 'split', 'search']);

/**
 * Whether a pattern literal inside a function, rewritten as `new RegExp` (the property-class rewrite), may be made once
 * per module and shared by every evaluation instead of made at each (`(NAME ??= new RegExp(…))`, a `var NAME` of the
 * module). Why: a literal's later evaluations copy the first one's object cheaply, but `new RegExp` of the same text
 * checks and escapes the whole source again each time — ~10 µs for a 600-character class with `u`. A one-message scan
 * made ~1,400 such patterns (the brand registry's alias table tested each alias with one, the sender's local-part table
 * each ASCII character): ~50 M of its ~590 M instructions (callgrind, session 37).
 *
 * Shared when no evaluation can see another's state: no `y` flag (a sticky pattern reads and sets `lastIndex` in every
 * method), and no `g` flag unless the literal is the first argument of a FROM_THE_START method call (`text.replace(/…/gu,
 * '')`). A pattern written to a variable, returned or passed elsewhere with `g` stays one object per evaluation.
 */
export function mayShareLiteral(tsModule: typeof ts, literal: ts.RegularExpressionLiteral): boolean {
  const { flags } = literalParts(literal.text);
  if (flags.includes('y')) return false;
  if (!flags.includes('g')) return true;
  let node: ts.Node = literal;
  while (tsModule.isParenthesizedExpression(node.parent)) node = node.parent;
  const call = node.parent;
  return (
    tsModule.isCallExpression(call) && call.arguments[0] === node && tsModule.isPropertyAccessExpression(call.expression) &&
    FROM_THE_START.has(call.expression.name.text)
  );
}

/** A regular-expression literal's source and flags (`/a\\/b/gu` → `a\\/b`, `gu`). */
export function literalParts(literal: string): { source: string; flags: string } {
  const slash = literal.lastIndexOf('/');
  return { source: literal.slice(1, slash), flags: literal.slice(slash + 1) };
}

/** `text` with `edits` (disjoint ranges) applied. */
export function applyEdits(text: string, edits: readonly SourceEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) throw new Error(`lazy patterns: overlapping edits at ${e.start}`);
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
  }
  return out;
}
