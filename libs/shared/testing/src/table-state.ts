// What a set of tables holds, reduced to one comparable value per table: a test takes it before an
// operation that must be refused and expects the same value afterwards (a refusal changes nothing).
export interface Queryable {
  query<T = unknown>(sql: string): Promise<T>;
}

/** Per table, its row count and a digest of every row's full text. */
export async function tableState(
  database: Queryable,
  tables: readonly string[],
): Promise<Record<string, string>> {
  const state: Record<string, string> = {};
  for (const table of tables) {
    if (!/^[a-z_][a-z0-9_.]*$/.test(table)) throw new Error(`not a table name: ${table}`);
    const [row] = await database.query<{ rows: number; digest: string }[]>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest
         FROM ${table} t`,
    );
    state[table] = `${row?.rows ?? 0} rows, ${row?.digest ?? ''}`;
  }
  return state;
}
