// A small OData $filter parser: tokenizer + recursive descent into an AST, and an evaluator over it.
// Grammar (the subset Graph accepts on list items and lists):
//   expr       := andExpr ('or' andExpr)*
//   andExpr    := unary ('and' unary)*
//   unary      := 'not' unary | '(' expr ')' | call | comparison
//   comparison := operand ('eq'|'ne'|'lt'|'gt'|'le'|'ge') operand
//   call       := 'startswith' '(' operand ',' operand ')'
//   operand    := path | string | number | true | false | null | datetime
//   path       := identifier ('/' identifier)*          e.g. fields/ProjectKey, displayName
// Strings are single-quoted with '' as the escaped quote.

export type Literal = string | number | boolean | null;
export type ComparisonOp = 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge';

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; op: ComparisonOp; left: Operand; right: Operand }
  | { kind: 'startswith'; subject: Operand; prefix: Operand };

export type Operand =
  | { kind: 'path'; segments: string[] }
  | { kind: 'literal'; value: Literal; isDate?: boolean };

export class FilterSyntaxError extends Error {}

type Token =
  | { type: 'ident'; value: string; pos: number }
  | { type: 'string'; value: string; pos: number }
  | { type: 'number'; value: number; pos: number }
  | { type: 'date'; value: string; pos: number }
  | { type: 'punct'; value: '(' | ')' | ',' | '/'; pos: number };

const DATE_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?/;

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i] as string;
    if (/\s/.test(ch)) { i++; continue; }
    if (ch === '(' || ch === ')' || ch === ',' || ch === '/') { tokens.push({ type: 'punct', value: ch, pos: i }); i++; continue; }
    if (ch === "'") {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= input.length) throw new FilterSyntaxError(`Unterminated string literal at position ${i}`);
        const c = input[j] as string;
        if (c === "'") {
          if (input[j + 1] === "'") { value += "'"; j += 2; continue; }
          break;
        }
        value += c;
        j++;
      }
      tokens.push({ type: 'string', value, pos: i });
      i = j + 1;
      continue;
    }
    const date = DATE_RE.exec(input.slice(i));
    if (date && date[0].length > 4 && date[0].includes('-')) {
      tokens.push({ type: 'date', value: date[0], pos: i });
      i += date[0].length;
      continue;
    }
    const num = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(input.slice(i));
    if (num) { tokens.push({ type: 'number', value: Number(num[0]), pos: i }); i += num[0].length; continue; }
    const ident = /^[A-Za-z_@][A-Za-z0-9_.@]*/.exec(input.slice(i));
    if (ident) { tokens.push({ type: 'ident', value: ident[0], pos: i }); i += ident[0].length; continue; }
    throw new FilterSyntaxError(`Unexpected character '${ch}' at position ${i}`);
  }
  return tokens;
}

const COMPARISON = new Set(['eq', 'ne', 'lt', 'gt', 'le', 'ge']);

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): FilterNode {
    const node = this.expr();
    const rest = this.tokens[this.i];
    if (rest) throw new FilterSyntaxError(`Unexpected '${String(rest.value)}' at position ${rest.pos}`);
    return node;
  }

  private peek(): Token | undefined { return this.tokens[this.i]; }
  private isKeyword(word: string): boolean {
    const t = this.peek();
    return t?.type === 'ident' && t.value.toLowerCase() === word;
  }
  private expectPunct(p: string): void {
    const t = this.tokens[this.i++];
    if (t?.type !== 'punct' || t.value !== p) throw new FilterSyntaxError(`Expected '${p}'${t ? ` at position ${t.pos}` : ' at end of filter'}`);
  }

  private expr(): FilterNode {
    let left = this.and();
    while (this.isKeyword('or')) { this.i++; left = { kind: 'or', left, right: this.and() }; }
    return left;
  }
  private and(): FilterNode {
    let left = this.unary();
    while (this.isKeyword('and')) { this.i++; left = { kind: 'and', left, right: this.unary() }; }
    return left;
  }
  private unary(): FilterNode {
    if (this.isKeyword('not')) { this.i++; return { kind: 'not', operand: this.unary() }; }
    const t = this.peek();
    if (t?.type === 'punct' && t.value === '(') {
      this.i++;
      const inner = this.expr();
      this.expectPunct(')');
      return inner;
    }
    if (t?.type === 'ident' && this.tokens[this.i + 1]?.type === 'punct' && this.tokens[this.i + 1]?.value === '(') {
      const name = t.value.toLowerCase();
      if (name !== 'startswith') throw new FilterSyntaxError(`Function '${t.value}' is not supported`);
      this.i += 2;
      const subject = this.operand();
      this.expectPunct(',');
      const prefix = this.operand();
      this.expectPunct(')');
      return { kind: 'startswith', subject, prefix };
    }
    const left = this.operand();
    const opTok = this.tokens[this.i++];
    if (opTok?.type !== 'ident' || !COMPARISON.has(opTok.value.toLowerCase())) {
      throw new FilterSyntaxError(`Expected a comparison operator${opTok ? ` at position ${opTok.pos}` : ' at end of filter'}`);
    }
    const right = this.operand();
    return { kind: 'compare', op: opTok.value.toLowerCase() as ComparisonOp, left, right };
  }
  private operand(): Operand {
    const t = this.tokens[this.i++];
    if (!t) throw new FilterSyntaxError('Unexpected end of filter');
    switch (t.type) {
      case 'string': return { kind: 'literal', value: t.value };
      case 'number': return { kind: 'literal', value: t.value };
      case 'date': return { kind: 'literal', value: t.value, isDate: true };
      case 'punct': throw new FilterSyntaxError(`Unexpected '${t.value}' at position ${t.pos}`);
      case 'ident': {
        const lower = t.value.toLowerCase();
        if (lower === 'true' || lower === 'false') return { kind: 'literal', value: lower === 'true' };
        if (lower === 'null') return { kind: 'literal', value: null };
        const segments = [t.value];
        while (this.peek()?.type === 'punct' && this.peek()?.value === '/') {
          this.i++;
          const next = this.tokens[this.i++];
          if (next?.type !== 'ident') throw new FilterSyntaxError(`Expected a property name after '/'`);
          segments.push(next.value);
        }
        return { kind: 'path', segments };
      }
    }
  }
}

export function parseFilter(input: string): FilterNode {
  const tokens = tokenize(input);
  if (tokens.length === 0) throw new FilterSyntaxError('Empty filter');
  return new Parser(tokens).parse();
}

/** Every property path the filter references, e.g. ['fields/ProjectKey']. */
export function filterPaths(node: FilterNode): string[][] {
  const out: string[][] = [];
  const visitOperand = (o: Operand): void => { if (o.kind === 'path') out.push(o.segments); };
  const visit = (n: FilterNode): void => {
    switch (n.kind) {
      case 'and': case 'or': visit(n.left); visit(n.right); break;
      case 'not': visit(n.operand); break;
      case 'compare': visitOperand(n.left); visitOperand(n.right); break;
      case 'startswith': visitOperand(n.subject); visitOperand(n.prefix); break;
    }
  };
  visit(node);
  return out;
}

export interface EvalOptions {
  resolve(segments: string[]): unknown;
  /** True when the path names a date/time value, so strings compare as instants. */
  isDatePath?(segments: string[]): boolean;
  caseInsensitive: boolean;
}

function operandValue(o: Operand, opts: EvalOptions): { value: unknown; isDate: boolean } {
  if (o.kind === 'literal') return { value: o.value, isDate: o.isDate === true };
  return { value: opts.resolve(o.segments), isDate: opts.isDatePath?.(o.segments) ?? false };
}

function compareValues(a: unknown, b: unknown, asDate: boolean, caseInsensitive: boolean): number | undefined {
  if (a === null || a === undefined || b === null || b === undefined) return undefined;
  if (asDate) {
    const x = Date.parse(String(a));
    const y = Date.parse(String(b));
    if (Number.isNaN(x) || Number.isNaN(y)) return undefined;
    return x - y;
  }
  if (typeof a === 'number' || typeof b === 'number') {
    const x = Number(a);
    const y = Number(b);
    if (Number.isNaN(x) || Number.isNaN(y)) return undefined;
    return x - y;
  }
  if (typeof a === 'boolean' || typeof b === 'boolean') {
    const x = a === true || a === 'true' || a === 1;
    const y = b === true || b === 'true' || b === 1;
    return Number(x) - Number(y);
  }
  let x = String(a);
  let y = String(b);
  if (caseInsensitive) { x = x.toLowerCase(); y = y.toLowerCase(); }
  return x < y ? -1 : x > y ? 1 : 0;
}

export function evaluateFilter(node: FilterNode, opts: EvalOptions): boolean {
  switch (node.kind) {
    case 'and': return evaluateFilter(node.left, opts) && evaluateFilter(node.right, opts);
    case 'or': return evaluateFilter(node.left, opts) || evaluateFilter(node.right, opts);
    case 'not': return !evaluateFilter(node.operand, opts);
    case 'startswith': {
      const s = operandValue(node.subject, opts).value;
      const p = operandValue(node.prefix, opts).value;
      if (s === null || s === undefined || p === null || p === undefined) return false;
      return opts.caseInsensitive ? String(s).toLowerCase().startsWith(String(p).toLowerCase()) : String(s).startsWith(String(p));
    }
    case 'compare': {
      const l = operandValue(node.left, opts);
      const r = operandValue(node.right, opts);
      const isNull = (v: unknown): boolean => v === null || v === undefined || v === '';
      if (r.value === null || l.value === null) {
        const both = isNull(l.value) && isNull(r.value);
        if (node.op === 'eq') return both;
        if (node.op === 'ne') return !both;
        return false;
      }
      const c = compareValues(l.value, r.value, l.isDate || r.isDate, opts.caseInsensitive);
      if (c === undefined) return node.op === 'ne';
      switch (node.op) {
        case 'eq': return c === 0;
        case 'ne': return c !== 0;
        case 'lt': return c < 0;
        case 'gt': return c > 0;
        case 'le': return c <= 0;
        case 'ge': return c >= 0;
      }
    }
  }
}
