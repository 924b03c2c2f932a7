// The report as a Word document (.docx). Loaded only when a coordinator asks for the report: docx costs 99 kB gzipped
// on demand (pptxgenjs, the other choice, 126 kB), and a Word file opens in Word for the web from Teams and SharePoint
// as the FSU/SSU papers do. Why Word rather than PowerPoint: the report is text and tables to read before a meeting
// (the reasons, the stalled projects), not slides to present.
import type { ReportContent } from './reportContent';

export async function reportDocx(content: ReportContent): Promise<Blob> {
  const { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = await import('docx');
  const children: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [new Paragraph({ text: content.title, heading: HeadingLevel.TITLE })];
  for (const block of content.blocks) {
    if (block.kind === 'heading') children.push(new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_1 }));
    else if (block.kind === 'paragraph') children.push(new Paragraph({ text: block.text }));
    else if (block.kind === 'bullets') for (const item of block.items) children.push(new Paragraph({ text: item, bullet: { level: 0 } }));
    else {
      const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text, bold })] })] });
      children.push(new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [new TableRow({ tableHeader: true, children: block.header.map((h) => cell(h, true)) }), ...block.rows.map((row) => new TableRow({ children: row.map((c) => cell(c)) }))],
      }));
    }
  }
  return Packer.toBlob(new Document({ creator: 'Felles modell', title: content.title, sections: [{ children }] }));
}
