// The FSU/SSU report's one action: the content from the figures on screen (the same filter), the .docx writer loaded
// on demand, the file downloaded.
import { useState } from 'react';
import type { Insight, InsightProject } from '../../domain/insight/types';
import type { Language, PhaseModel } from '../../model/types';
import { downloadBlob, exportFileName } from '../../export/download';
import { reportContent } from '../../export/insightReport/reportContent';
import { StoreError } from '../../store/ChecklistStore';
import { storeErrorMessage } from '../base/storeErrorMessage';

export function useReport(input: { insight: Insight; projects: InsightProject[]; reference: PhaseModel; language: Language; now: Date }) {
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const make = () => {
    setState({ busy: true });
    const content = reportContent(input.insight, input.projects, { reference: input.reference, language: input.language, now: input.now });
    import('../../export/insightReport/reportDocx')
      .then(({ reportDocx }) => reportDocx(content))
      .then((blob) => {
        downloadBlob(blob, exportFileName(input.language === 'en' ? 'report-cooperation-committee' : 'rapport-samarbeidsutvalget', 'docx', input.now));
        setState({ busy: false });
      })
      .catch((error: unknown) => setState({ busy: false, error: storeErrorMessage(error instanceof StoreError ? error.code : 'unknown', input.language) }));
  };
  return { ...state, make };
}
