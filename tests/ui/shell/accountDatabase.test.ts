// Device storage per account (production token source): each account its own database name, case-insensitive on
// the username, tenant-qualified; no account, no name (and so no remembered identity).
import { describe, expect, it } from 'vitest';
import { accountDatabase } from '../../../src/ui/shell/accountDatabase';

describe('accountDatabase', () => {
  it('gives each signed-in account its own device database', () => {
    const kari = accountDatabase({ username: 'Kari.Nordmann@lillehammer.kommune.no', tenantId: 't1' });
    const ingrid = accountDatabase({ username: 'ingrid.hansen@sykehuset-innlandet.no', tenantId: 't1' });
    expect(kari.databaseName).toBe('felles-modell-t1-kari.nordmann@lillehammer.kommune.no');
    expect(ingrid.databaseName).not.toBe(kari.databaseName);
    expect(accountDatabase({ username: 'kari.nordmann@lillehammer.kommune.no', tenantId: 't2' }).databaseName).not.toBe(kari.databaseName);
  });

  it('names none without an account, so nothing about a person is remembered in the shared default', () => {
    expect(accountDatabase(undefined)).toEqual({});
    expect(accountDatabase({})).toEqual({});
  });
});
