import type { Command } from '../grammar/commands.ts';
import type { Reply } from '../reply/reply.ts';
import {
  makeAdmin,
  setDueSoon,
  setRevisionLimit,
  setS55Comments,
  setTimeZone,
  showSettings,
} from './admin.ts';
import type { CommandContext } from './context.ts';
import { findReport } from './context.ts';
import { recordEvent, reviseDeadline } from './deadlines.ts';
import { runDigestCommand } from './digest.ts';
import { runReminderCommand } from './digest-reminders.ts';
import { exportFiles } from './export.ts';
import { help } from './help.ts';
import { cancelImport, confirmImport, importDocument, PASTED, startImport } from './import.ts';
import {
  dropImportItems,
  previewImport,
  setImportKey,
  setImportPublished,
  setImportPublisher,
  setImportTitle,
} from './import-edits.ts';
import {
  addImportItem,
  keepImportItemsAsOurs,
  mergeImportItems,
  setImportItemDue,
  setImportItemText,
  showImportItem,
  splitImportItem,
} from './import-item-edits.ts';
import { importTable } from './import-table.ts';
import { addItem, showHistory, showItem } from './items.ts';
import { listItems } from './lists.ts';
import { deleteReport, listReports, newReport, respondToReport, showReport } from './reports.ts';
import { showResponses } from './responses.ts';
import { restoreBackup } from './restore.ts';
import { searchItems } from './search.ts';
import { recordStage, showStages } from './section55.ts';
import { assignMany, changeStatuses, reviseMany } from './several.ts';
import { assign, changeStatus, comment, respondToItem, setDisposition } from './updates.ts';

/** One use case per command; the switch is exhaustive, so a new command cannot go unhandled. */
export async function execute(ctx: CommandContext, command: Command): Promise<Reply> {
  switch (command.type) {
    case 'help':
      return help(command.topic);
    case 'report_new':
      return newReport(ctx, command);
    case 'report_list':
      return listReports(ctx, command);
    case 'report_show':
      return showReport(ctx, command);
    case 'report_delete':
      return deleteReport(ctx, command);
    case 'item_add':
      return addItem(ctx, command);
    case 'item_show':
      return showItem(ctx, command);
    case 'item_history':
      return showHistory(ctx, command);
    case 'assign':
      return assign(ctx, command);
    case 'status':
      return changeStatus(ctx, command);
    case 'status_many':
      return changeStatuses(ctx, command);
    case 'assign_many':
      return assignMany(ctx, command);
    case 'revise_many':
      return reviseMany(ctx, command);
    case 'comment':
      return comment(ctx, command);
    case 'disposition':
      return setDisposition(ctx, command);

    case 'revise':
      return reviseDeadline(ctx, command);
    case 'event':
      return recordEvent(ctx, command);
    case 'respond':
      return command.item
        ? respondToItem(ctx, command, command.item)
        : respondToReport(ctx, command, await findReport(ctx, command.key));
    case 's55_stage':
      return recordStage(ctx, command);
    case 's55_show':
      return showStages(ctx, command);
    case 'responses_show':
      return showResponses(ctx, command);
    case 'list':
      return listItems(ctx, command);
    case 'search':
      return searchItems(ctx, command);
    case 'make_admin':
      return makeAdmin(ctx, command);
    case 'settings':
      return showSettings(ctx);
    case 'set_time_zone':
      return setTimeZone(ctx, command);
    case 'set_revision_limit':
      return setRevisionLimit(ctx, command);
    case 'set_due_soon':
      return setDueSoon(ctx, command);
    case 'set_s55_comments':
      return setS55Comments(ctx, command);
    case 'import_start':
      return startImport(ctx);
    case 'import_document':
      return importDocument(ctx, { text: command.text, sourceName: PASTED });
    case 'import_confirm':
      return confirmImport(ctx, command);
    case 'import_cancel':
      return cancelImport(ctx);
    case 'import_preview':
      return previewImport(ctx);
    case 'import_key':
      return setImportKey(ctx, command);
    case 'import_title':
      return setImportTitle(ctx, command);
    case 'import_publisher':
      return setImportPublisher(ctx, command);
    case 'import_published':
      return setImportPublished(ctx, command);
    case 'import_drop':
      return dropImportItems(ctx, command);
    case 'import_show':
      return showImportItem(ctx, command);
    case 'import_text':
      return setImportItemText(ctx, command);
    case 'import_due':
      return setImportItemDue(ctx, command);
    case 'import_merge':
      return mergeImportItems(ctx, command);
    case 'import_split':
      return splitImportItem(ctx, command);
    case 'import_add':
      return addImportItem(ctx, command);
    case 'import_ours':
      return keepImportItemsAsOurs(ctx, command);
    case 'digest':
      return runDigestCommand(ctx, command);
    case 'reminder':
      return runReminderCommand(ctx, command);
    case 'export':
      return exportFiles(ctx, command);
    case 'restore':
      return restoreBackup(ctx);
    case 'import_table':
      return importTable(ctx, command);
  }
}
