// A participant's row (who is on which side in one project): created, or updated when it is already there
// (ParticipantKey `ProjectKey|PersonId` is unique, so a second create is refused with 409).
import { checkFreeText } from '../../domain/textRules';
import type { Participant } from '../../domain/types';
import { StoreError } from '../ChecklistStore';
import type { ProjectLocation } from '../ChecklistStore';
import { fieldEquals } from '../sharepoint/odata';
import type { GraphConnection } from '../graphClient/createGraphClient';
import { isSuccess } from '../graphClient/httpStatus';
import { itemFieldsPath, itemsPath, itemsWhere, listRef } from '../sharepoint/listPaths';
import { readAllPages } from '../sharepoint/paging';
import { participantFromRow, participantKey, participantToRow } from '../sharepoint/rows';
import type { ParticipantRow, SpItem } from '../sharepoint/rows';
import { storeErrorFor } from '../graphClient/storeErrors';

/** Whether a row still says what the writer saw: the side and the organisation (a free text two people may correct). */
const sameAffiliation = (row: Participant | undefined, seen: Participant): boolean => row?.side === seen.side && row.organisation === seen.organisation;

/**
 * Creates the row, or updates it. `replaced` is the row as the writer saw it when correcting one (none for a first
 * registration): a row someone changed since is not overwritten but refused as `conflict`, so a correction made from an
 * out-of-date screen never silently replaces another's (the writer's text stays in the form, with the message).
 */
export async function writeParticipant(graph: GraphConnection, location: ProjectLocation, participant: Participant, replaced?: Participant): Promise<void> {
  const problem = checkFreeText(participant.organisation, 'organisation', { required: true });
  if (problem) throw new StoreError('invalidInput', `Participant refused: ${problem.kind}`);
  const list = listRef(location, 'participants');
  const fields = participantToRow(participant);
  const created = await graph.send({ method: 'POST', path: itemsPath(list), body: { fields } });
  if (isSuccess(created.status)) return;
  if (created.status !== 409) throw storeErrorFor(created.status, created.body, 'Saving the participant', 'listsMissing');
  const rows = await readAllPages<SpItem<ParticipantRow>>(graph, itemsWhere(list, fieldEquals('participants', 'ParticipantKey', participantKey(participant.projectKey, participant.person.id))));
  const row = rows[0];
  if (!row) throw new StoreError('conflict', 'The participant row exists but could not be read');
  if (replaced && !sameAffiliation(row.fields ? participantFromRow(row.fields) : undefined, replaced)) {
    throw new StoreError('conflict', 'The participant was changed by someone else after it was shown', { status: 412 });
  }
  // If-Match: a change between this read and the write is refused (412) the same way.
  const etag = row.eTag ?? row.fields?.['@odata.etag'];
  await graph.call({ method: 'PATCH', path: itemFieldsPath(list, row.id), body: fields, ...(replaced && etag ? { headers: { 'If-Match': etag } } : {}) });
}
