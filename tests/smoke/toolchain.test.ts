import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';

describe('toolchain', () => {
  it('has a working SQLite build for the emulator', () => {
    const db = new Database(':memory:');
    const row = db.prepare('select 1 + 1 as two').get() as { two: number };
    expect(row.two).toBe(2);
    db.close();
  });
});
