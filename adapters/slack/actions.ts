/**
 * The action, block and view ids rectrack's Slack surfaces use. Button values carry grammar commands,
 * so a click is the same as typing; the ids only say which kind of click it was.
 */
export const ACTION = {
  /** `rt_cmd_<n>`: a button whose value is a command. */
  commandPrefix: 'rt_cmd_',
  /** Overflow menu entries; each option's value is a command. */
  more: 'rt_more',
  /** Posts a read-only answer in the channel for everyone. */
  share: 'rt_share',
  /** A users_select on an item card: assign the card's item to the chosen person. */
  assign: 'rt_assign',
  /** Opens the "post an update" modal for the item in the value (`REF` or `REF|blocked`). */
  openUpdate: 'rt_update_open',
  /**
   * The same modal with "blocked" chosen. Its own id because an item card shows it beside "Update…"
   * in one actions block, where Block Kit requires every action_id to differ (Slack refuses the
   * whole message with invalid_blocks otherwise).
   */
  openUpdateBlocked: 'rt_update_open_blocked',
  /** Opens the "register a report" modal. */
  openReport: 'rt_report_open',
  /** Opens the import preview's edit modal; the value is `import show REF`, the item it starts on. */
  openImportEdit: 'rt_import_edit_open',
  /** The item select inside that modal: choosing another redraws the modal for it. */
  importItem: 'rt_import_item',
  /** Opens the responses modal; the value is `responses REF` (an item, or a report's key). */
  openResponses: 'rt_responses_open',
} as const;

export const VIEW = {
  update: 'rt_update',
  reportNew: 'rt_report_new',
  importEdit: 'rt_import_edit',
  responses: 'rt_responses',
} as const;

const CARD_PREFIX = 'rt_card|';

/** The actions block of an item card says which item it shows, so a click can redraw that card. */
export function cardBlockId(ref: string): string {
  return `${CARD_PREFIX}${ref}`;
}

export function cardRefOf(blockId: string | undefined): string | undefined {
  return blockId?.startsWith(CARD_PREFIX) ? blockId.slice(CARD_PREFIX.length) : undefined;
}
