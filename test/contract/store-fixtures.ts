import type { ExtractedItem, Extraction } from '../../src/core/import/extraction.ts';
import type { Deadline, Item, Member, Report, Update, Workspace } from '../../src/core/model/entities.ts';
import type { Store } from '../../src/ports/store.ts';

/*
 * Builders for the store contract: every field set to a plausible value, overridable per test, so a
 * test states only what it is about. Ids only need to be unique within one store.
 */

let counter = 0;
const nextId = (prefix: string): string => `${prefix}-${++counter}`;

export function aWorkspace(overrides: Partial<Workspace> = {}): Workspace {
  const id = overrides.id ?? nextId('ws');
  return {
    id,
    platform: 'slack',
    externalId: `T-${id}`,
    name: 'Norfolk OPCC',
    timeZone: 'Europe/London',
    dueSoonDays: 14,
    revisionLimit: null,
    s55CommentsDays: 21,
    createdAt: '2023-04-01T09:00:00.000Z',
    ...overrides,
  };
}

export function aMember(workspaceId: string, overrides: Partial<Member> = {}): Member {
  const id = overrides.id ?? nextId('member');
  return {
    id,
    workspaceId,
    externalId: `U-${id}`,
    displayName: 'Alice Example',
    role: 'member',
    lastReportId: null,
    createdAt: '2023-04-01T09:00:00.000Z',
    ...overrides,
  };
}

export function aReport(workspaceId: string, createdBy: string, overrides: Partial<Report> = {}): Report {
  return {
    id: nextId('report'),
    workspaceId,
    key: 'OSAEC23',
    title: 'Online child sexual abuse and exploitation',
    publisher: 'HMICFRS',
    publishedOn: '2023-04-05',
    link: 'https://example.org/osaec',
    section55: true,
    forceResponse: null,
    pccResponse: null,
    sourceHash: null,
    createdBy,
    createdAt: '2023-04-06T10:00:00.000Z',
    deletedAt: null,
    ...overrides,
  };
}

export function anItem(report: Pick<Report, 'id' | 'workspaceId'>, overrides: Partial<Item> = {}): Item {
  return {
    id: nextId('item'),
    workspaceId: report.workspaceId,
    reportId: report.id,
    ref: '5',
    kind: 'recommendation',
    label: 'Recommendation',
    number: 5,
    text: 'By 31 October 2023, chief constables should ensure that ...',
    addressees: ['Chief Constables'],
    disposition: 'accepted',
    parentId: null,
    ownerId: null,
    ownerTeam: null,
    status: 'awaiting_allocation',
    blockedReason: null,
    dueOn: '2023-10-31',
    forceResponse: null,
    pccResponse: null,
    createdAt: '2023-04-06T10:00:00.000Z',
    updatedAt: '2023-04-06T10:00:00.000Z',
    ...overrides,
  };
}

export function aDeadline(
  item: Pick<Item, 'id' | 'workspaceId'>,
  overrides: Partial<Deadline> = {},
): Deadline {
  return {
    id: nextId('deadline'),
    workspaceId: item.workspaceId,
    itemId: item.id,
    position: 0,
    kind: 'date',
    phrase: 'By 31 October 2023',
    originalOn: '2023-10-31',
    dueOn: '2023-10-31',
    duration: null,
    condition: null,
    eventOn: null,
    revisions: 0,
    ...overrides,
  };
}

export function anUpdate(
  item: Pick<Item, 'id' | 'workspaceId'>,
  actorId: string,
  overrides: Partial<Update> = {},
): Update {
  return {
    id: nextId('update'),
    workspaceId: item.workspaceId,
    itemId: item.id,
    actorId,
    at: '2023-05-01T09:00:00.000Z',
    kind: 'comment',
    fromStatus: null,
    toStatus: null,
    note: 'Training plan drafted',
    evidence: [],
    deadlineId: null,
    dueFrom: null,
    dueTo: null,
    ownerFrom: null,
    ownerTo: null,
    ownerTeam: null,
    ...overrides,
  };
}

/** A workspace with one admin and one live report, the starting point of most tests. */
export async function seedWorkspace(
  store: Store,
  overrides: Partial<Workspace> = {},
): Promise<{ workspace: Workspace; admin: Member; report: Report }> {
  const workspace = aWorkspace(overrides);
  const admin = aMember(workspace.id, { role: 'admin', displayName: 'Ada Admin' });
  const report = aReport(workspace.id, admin.id);
  await store.workspaces.insert(workspace);
  await store.members.insert(admin);
  await store.reports.insert(report);
  return { workspace, admin, report };
}

/** A small extraction, as the importer would hold it between preview and confirmation. */
export function anExtraction(overrides: Partial<Extraction> = {}): Extraction {
  const item: ExtractedItem = {
    kind: 'recommendation',
    label: 'Recommendation 14',
    number: 14,
    text: 'With immediate effect, chief constables should prioritise referrals.',
    due: { kind: 'immediate', date: '2023-04-05', phrase: 'With immediate effect' },
    additionalDues: [
      {
        kind: 'conditional',
        date: null,
        phrase: 'six months after the new prioritisation tool is implemented',
      },
    ],
    addressees: ['Chief Constables'],
    forceResponse: 'Norfolk Constabulary accepts this recommendation.',
    pccResponse: null,
    causeOfConcern: null,
    uncertain: ['the second deadline depends on an event'],
    source: ['Recommendation 1', 'By 31 October 2023, Chief Constables should ...'],
  };
  return {
    title: 'Online child sexual abuse and exploitation',
    publisher: 'HMICFRS',
    publishedOn: '2023-04-05',
    link: null,
    section55: true,
    section55Due: '2023-05-31',
    forceResponseOverall: 'The force accepts the recommendations.',
    pccResponseOverall: null,
    recommendations: [item, { ...item, label: null, number: null, additionalDues: [], uncertain: [] }],
    areasForImprovement: [],
    causesOfConcern: [],
    warnings: ['No link printed'],
    ...overrides,
  };
}
