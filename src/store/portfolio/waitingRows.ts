// "Venter på meg" (issue 22) reads the coordination site only, never a project's site: the Portfolio rows carry each
// project's evidence (who is registered for which side, each side's confirmations with times, the waiting limit,
// team and channel for a link; domain/evidence). One $batch finds who I am and the Portfolio list when the device
// does not know them, then one request reads every row with only the columns this needs: at most 2 round trips,
// and 1 + 2 + 2 RU (for up to 5,000 projects; more would page).
import type { Person } from '../../domain/types';
import type { EvidenceReading } from '../../domain/evidence/types';
import { StoreError } from '../graphClient/StoreError';
import type { GraphConnection } from '../graphClient/createGraphClient';
import { storeErrorFor } from '../graphClient/storeErrors';
import { isOk, sendBatch } from '../sharepoint/batch';
import type { BatchPart } from '../sharepoint/batch';
import type { SiteAddress } from '../sharepoint/addresses';
import { ME_PATH, personFromMe } from '../sharepoint/me';
import type { MeAnswer } from '../sharepoint/me';
import { readAllPages } from '../sharepoint/paging';
import { pickOurLists, siteBaseOf, siteListsPath } from '../sharepoint/siteLists';
import type { FoundList } from '../sharepoint/siteLists';
import { readEvidence } from './evidenceJson';
import { portfolioRowsPath } from './PortfolioSPItem';
import type { PortfolioSPItem } from './PortfolioSPItem';

/** The Portfolio list as this reader addresses it. */
export interface WaitingListLocation {
  /** `/sites/{id}` or `/sites/{host}:/sites/x:`. */
  siteBase: string;
  listId: string;
}

/** One project as "Venter på meg" reads it from the Portfolio. */
export interface WaitingRow {
  projectKey: string;
  title: string;
  siteUrl: string;
  tabUrl?: string;
  modelVersion?: string;
  lifecycleStatus?: string;
  evidence: EvidenceReading;
}

export interface WaitingRowsRead {
  me: Person;
  location: WaitingListLocation;
  rows: WaitingRow[];
}

/** Only what the page uses: a coordinator's own columns and the figures stay on the server. */
export const WAITING_SELECT = 'ProjectKey,Title,SiteUrl,TabUrl,ModelVersion,LifecycleStatus,Evidence';

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

export async function readWaitingRows(
  graph: GraphConnection,
  options: { site: SiteAddress; location?: WaitingListLocation; me?: Person },
): Promise<WaitingRowsRead> {
  let { location, me } = options;
  const parts: BatchPart[] = [
    ...(me ? [] : [{ id: 'me', method: 'GET' as const, url: ME_PATH }]),
    ...(location ? [] : [{ id: 'lists', method: 'GET' as const, url: siteListsPath(options.site) }]),
  ];
  if (parts.length > 0) {
    const answers = await sendBatch(graph, parts);
    const meAnswer = answers.get('me');
    if (!me) {
      if (!isOk(meAnswer)) throw storeErrorFor(meAnswer?.status ?? 0, meAnswer?.body, 'Reading who I am');
      me = personFromMe(meAnswer?.body as MeAnswer);
    }
    if (!location) {
      const lists = answers.get('lists');
      if (!isOk(lists)) throw storeErrorFor(lists?.status ?? 0, lists?.body, 'Finding the Portfolio list', 'siteNotFound');
      const portfolio = pickOurLists((lists?.body as { value?: FoundList[] }).value ?? []).get('portfolio');
      if (!portfolio) throw new StoreError('listsMissing', 'The coordination site has no Portfolio list', { missing: ['portfolio'] });
      location = { siteBase: siteBaseOf(options.site), listId: portfolio.id };
    }
  }
  if (!me || !location) throw new StoreError('unknown', 'Reading the Portfolio: no person or list');
  const items = await readAllPages<PortfolioSPItem>(graph, portfolioRowsPath(location, WAITING_SELECT), 'listsMissing');
  const rows = items.flatMap((item): WaitingRow[] => {
    const f = item.fields ?? {};
    const projectKey = text(f.ProjectKey);
    if (!projectKey) return [];
    const tabUrl = text(f.TabUrl);
    const modelVersion = text(f.ModelVersion);
    const lifecycleStatus = text(f.LifecycleStatus);
    return [{
      projectKey,
      title: text(f.Title) ?? projectKey,
      siteUrl: text(f.SiteUrl) ?? '',
      ...(tabUrl ? { tabUrl } : {}),
      ...(modelVersion ? { modelVersion } : {}),
      ...(lifecycleStatus ? { lifecycleStatus } : {}),
      evidence: readEvidence(f.Evidence),
    }];
  });
  return { me, location, rows };
}
