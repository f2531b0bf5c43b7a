import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/core/import/extract.ts';
import { unpackTaskExport } from '../../src/core/import/task-export.ts';

/*
 * Microsoft Planner's "Export plan to Excel", saved as CSV or pasted tab-separated: the items are tasks among
 * the office's own chores, their words in the Description cell, their deadline in the planner's "Due date".
 */

const header = ['Task ID', 'Task Name', 'Bucket Name', 'Progress', 'Assigned To', 'Due date', 'Description'];

function tsv(rows: string[][]): string {
  return [
    'Exported from Microsoft Planner on 02/12/2025',
    '',
    ...[header, ...rows].map((r) => r.join('\t')),
  ].join('\n');
}

describe('a Planner export', () => {
  const exported = tsv([
    [
      'Tb1',
      'Recommendation 2',
      'Supervision',
      'In progress',
      'Det Supt Carr',
      '31/03/2026',
      'The force should ensure that it puts in place regular and active supervision of investigations.',
    ],
    [
      'Tb2',
      'Book follow-up audit fieldwork',
      'Admin',
      'Not started',
      'Sam Okafor',
      '27/02/2026',
      'Agree follow-up audit dates with the internal audit service.',
    ],
  ]);

  it("reads the task that holds a recommendation, with the planner's due date, and not the office's chore", () => {
    const e = extractReport(exported);
    expect(e.recommendations.map((r) => [r.label, r.due.date])).toEqual([['Recommendation 2', '2026-03-31']]);
  });

  it('reads a CSV export whose description runs over several lines inside quotation marks', () => {
    const csv = [
      header.join(','),
      'Tb1,Recommendation 5,Policy,In progress,DCI Dyer,31/12/2025,"The force should develop a policy,',
      'outlining minimum investigative standards."',
    ].join('\n');
    expect(unpackTaskExport(csv)).toBe(
      'Policy\n\nRecommendation 5\n\nThe force should develop a policy,\noutlining minimum investigative standards.' +
        '\n\nDue date: 31/12/2025',
    );
  });

  it("leaves a table without the planner's own columns as it was", () => {
    const table = 'Ref\tRecommendation\tDescription\n1\tThe force should act.\tNotes';
    expect(unpackTaskExport(table)).toBe(table);
  });
});

describe("Planner's grid view copied as text", () => {
  it("reads the Notes column as the words, the office's note after the item kept out of it", () => {
    const grid = [
      'Planner plan "Border learning" - copied from grid view',
      '',
      ['Task name', 'Bucket', 'Progress', 'Priority', 'Assigned to', 'Labels', 'Notes'].join('\t'),
      [
        'HAC rec 1 - pull factors',
        'National learning',
        'In progress',
        'Medium',
        'A. Analyst',
        'Teal',
        'Recommendation 1: The Government should examine the pull factors to see which ones it can influence. Local note: analyst to summarise the port picture.',
      ].join('\t'),
      ['Book workshop', 'Admin', 'Completed', 'Medium', 'A. Clerk', 'Marigold', 'Room booked.'].join('\t'),
    ].join('\n');
    expect(extractReport(grid).recommendations.map((r) => [r.label, r.text])).toEqual([
      [
        'Recommendation 1',
        'The Government should examine the pull factors to see which ones it can influence.',
      ],
    ]);
  });
});

describe('a Planner task card copied as text', () => {
  const card = [
    'Task: Dorset AFI - crime recording of personal ASB',
    'Progress: In progress',
    'Notes:',
    'Area for improvement: The force needs to improve how it records crime when antisocial behaviour is reported',
    'Checklist 1/3',
    '[x] Ask force for ASB recording audit',
    '[ ] Review audit results',
    '[ ] Report to Assurance Board',
  ].join('\n');

  it("keeps the card's checklist, ticked or not, out of the item's words", () => {
    expect(extractReport(card).areasForImprovement.map((a) => a.text)).toEqual([
      'The force needs to improve how it records crime when antisocial behaviour is reported',
    ]);
  });
});

describe("Jira's issue export saved as CSV", () => {
  it("reads the issue whose Description holds a recommendation, and not the office's own task", () => {
    const csv = [
      'Issue key,Summary,Description,Status,Assignee,Due Date',
      'MPCSE-12,Recommendation 2,"By 31 December 2024, all chief constables should make sure that their forces have problem profiles for child sexual exploitation.",In Progress,Jo Ames,31/Dec/24',
      'MPCSE-16,Brief the Chief Officer Group,Slides for COG on 15/01/2024,Done,Sam Byrne,15/Jan/24',
    ].join('\n');
    const e = extractReport(csv);
    expect(e.recommendations.map((r) => [r.label, r.due.date])).toEqual([['Recommendation 2', '2024-12-31']]);
  });
});
