import { describe, expect, it } from 'vitest';
import { compareVersions, upgradeAvailable } from '../../src/model/upgrade';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';

describe('upgradeAvailable', () => {
  it('compares versions by number, not as text', () => {
    expect(compareVersions('10.0.0', '9.0.0')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0', '2.0.0')).toBe(0);
    expect(compareVersions('1.0.0', '2.0.0')).toBeLessThan(0);
  });

  it('offers the newest version only to a project of the same model that is behind', () => {
    const v2 = { ...DEFAULT_MODEL, version: '2.0.0' };
    expect(upgradeAvailable({ modelId: 'hfi-default', modelVersion: '1.0.0' }, v2)).toBe(v2);
    expect(upgradeAvailable({ modelId: 'hfi-default', modelVersion: '2.0.0' }, v2)).toBeUndefined();
    expect(upgradeAvailable({ modelId: 'hfi-default', modelVersion: '3.0.0' }, v2)).toBeUndefined();
    expect(upgradeAvailable({ modelId: 'annen-modell', modelVersion: '1.0.0' }, v2)).toBeUndefined();
  });
});
