/**
 * Boolean expressions over finding ids for composites: `A & (B | !C)`. Parsed once when the table is
 * built; an invalid expression is a table error at start-up, never at scan time.
 */
export type Expr =
  | { op: 'id'; id: string }
  | { op: 'not'; arg: Expr }
  | { op: 'and' | 'or'; args: Expr[] };

export function parseExpression(text: string): Expr {
  const tokens = text.match(/[A-Z][A-Z0-9_]*|[&|!()]|\S/g) ?? [];
  let pos = 0;
  const fail = (why: string): never => {
    throw new Error(`composite expression "${text}": ${why}`);
  };
  const parseOr = (): Expr => {
    const args = [parseAnd()];
    while (tokens[pos] === '|') {
      pos++;
      args.push(parseAnd());
    }
    return args.length === 1 ? args[0]! : { op: 'or', args };
  };
  const parseAnd = (): Expr => {
    const args = [parseUnary()];
    while (tokens[pos] === '&') {
      pos++;
      args.push(parseUnary());
    }
    return args.length === 1 ? args[0]! : { op: 'and', args };
  };
  const parseUnary = (): Expr => {
    const token = tokens[pos++];
    if (token === undefined) return fail('unexpected end');
    if (token === '!') return { op: 'not', arg: parseUnary() };
    if (token === '(') {
      const inner = parseOr();
      if (tokens[pos++] !== ')') fail('missing )');
      return inner;
    }
    if (/^[A-Z][A-Z0-9_]*$/.test(token)) return { op: 'id', id: token };
    return fail(`unexpected "${token}"`);
  };
  const expr = parseOr();
  if (pos !== tokens.length) fail(`unexpected "${tokens[pos]}"`);
  return expr;
}

export function evaluate(expr: Expr, present: ReadonlySet<string>): boolean {
  switch (expr.op) {
    case 'id':
      return present.has(expr.id);
    case 'not':
      return !evaluate(expr.arg, present);
    // Loops, not every/some with an arrow: every composite is evaluated for every message, and each arrow was a
    // closure allocated per node per message. Same order, same short-circuit.
    case 'and':
      for (const arg of expr.args) if (!evaluate(arg, present)) return false;
      return true;
    case 'or':
      for (const arg of expr.args) if (evaluate(arg, present)) return true;
      return false;
  }
}

export function idsOf(expr: Expr): string[] {
  switch (expr.op) {
    case 'id':
      return [expr.id];
    case 'not':
      return idsOf(expr.arg);
    default:
      return expr.args.flatMap(idsOf);
  }
}
