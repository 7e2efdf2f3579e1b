import { type DuckDBValue, listValue } from '@duckdb/node-api';

/** SQL text with its values kept apart: every value is bound as `$n`, never spliced into the text. */
export class Sql {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly (DuckDBValue | Sql)[],
  ) {}

  /** The text with `$1…$n` placeholders and the values in order, nested fragments flattened. */
  compile(): { text: string; values: DuckDBValue[] } {
    const values: DuckDBValue[] = [];
    const build = (fragment: Sql): string =>
      fragment.strings.reduce((text, part, i) => {
        if (i === 0) return part;
        const value = fragment.values[i - 1];
        if (value instanceof Sql) return `${text}${build(value)}${part}`;
        values.push(value as DuckDBValue);
        return `${text}$${values.length}${part}`;
      }, '');
    return { text: build(this), values };
  }
}

/** A tagged template: `sql\`select … where id = ${id}\`` binds `id`; a nested `sql` fragment is inlined. */
export function sql(strings: TemplateStringsArray, ...values: (DuckDBValue | Sql)[]): Sql {
  return new Sql([...strings], values);
}

/** Fragments joined by a separator (itself plain SQL text). */
export function joinSql(fragments: readonly Sql[], separator: string): Sql {
  if (fragments.length === 0) return sql``;
  const strings = ['', ...fragments.slice(1).map(() => separator), ''];
  return new Sql(strings, fragments);
}

/** Plain SQL text from the code itself (an identifier or keyword chosen from a fixed list), never user input. */
export function raw(text: string): Sql {
  return new Sql([text], []);
}

/** A list of strings bound as one value: cast it in the SQL (`${list}::VARCHAR[]`). */
export function textList(values: readonly string[]): DuckDBValue {
  return listValue([...values]);
}
