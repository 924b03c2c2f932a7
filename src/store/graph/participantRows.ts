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
import { participantKey, participantToRow } from '../sharepoint/rows';
import type { ParticipantRow, SpItem } from '../sharepoint/rows';
import { storeErrorFor } from '../graphClient/storeErrors';

export async function writeParticipant(graph: GraphConnection, location: ProjectLocation, participant: Participant): Promise<void> {
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
  await graph.call({ method: 'PATCH', path: itemFieldsPath(list, row.id), body: fields });
}
