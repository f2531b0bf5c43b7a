/*
 * The Block Kit rules Slack enforces when it opens a modal, publishes App Home or posts a message,
 * checked locally: the fake Web API (fake-slack-api.ts) answers `invalid_blocks` to any payload that
 * breaks one, as Slack does. https://docs.slack.dev/reference/block-kit/blocks,
 * .../block-elements, .../composition-objects, https://docs.slack.dev/surfaces/modals and
 * https://docs.slack.dev/surfaces/app-home
 */

type Json = Record<string, unknown>;

const text = (value: unknown): string =>
  typeof value === 'object' && value !== null ? String((value as Json).text ?? '') : '';
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

// A message holds 50 blocks; a modal or the App Home tab 100.
const MESSAGE_BLOCKS = 50;
const VIEW_BLOCKS = 100;

/** Every rule a message payload (chat.postMessage, chat.update, a response_url POST) breaks. */
export function messageProblems(payload: Json): string[] {
  if (payload.blocks === undefined) return [];
  if (!Array.isArray(payload.blocks)) return ['blocks is not a list'];
  return blockProblems(list(payload.blocks), MESSAGE_BLOCKS);
}

/** Every rule a view (a modal, or the App Home tab) breaks. */
export function viewProblems(view: Json): string[] {
  if (view.type === 'home') return blockProblems(list(view.blocks), VIEW_BLOCKS);
  return modalProblems(view);
}

/** Every rule a modal view breaks, in words; empty when Slack would accept it. */
export function modalProblems(view: Json): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  check(view.type === 'modal', 'type is not modal');
  check(text(view.title).length > 0 && text(view.title).length <= 24, `title "${text(view.title)}" over 24`);
  for (const key of ['submit', 'close']) {
    if (view[key] !== undefined) check(text(view[key]).length <= 24, `${key} over 24 characters`);
  }
  check(String(view.private_metadata ?? '').length <= 3000, 'private_metadata over 3,000 characters');
  check(String(view.callback_id ?? '').length <= 255, 'callback_id over 255 characters');
  problems.push(...blockProblems(list(view.blocks), VIEW_BLOCKS));
  return problems;
}

/**
 * Every rule a list of blocks breaks (a message holds 50, a modal 100): block_id unique in the
 * message, action_id unique in its block, and the length and count limits of each block and element.
 */
export function blockProblems(blocks: readonly Json[], max: number): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  check(blocks.length <= max, `${blocks.length} blocks, over ${max}`);
  const blockIds = blocks.map((b) => b.block_id).filter((id) => id !== undefined);
  check(new Set(blockIds).size === blockIds.length, `block_id repeated: ${blockIds.join(', ')}`);
  for (const [i, block] of blocks.entries()) {
    const where = `block ${i} (${String(block.block_id ?? block.type)})`;
    check(String(block.block_id ?? '').length <= 255, `${where}: block_id over 255`);
    if (block.type === 'header') {
      const length = text(block.text).length;
      check(length > 0 && length <= 150, `${where}: header text empty or over 150`);
    }
    if (block.type === 'section') {
      check(block.text !== undefined || block.fields !== undefined, `${where}: neither text nor fields`);
      check(text(block.text).length <= 3000, `${where}: text over 3,000`);
      const fields = list(block.fields);
      check(fields.length <= 10, `${where}: ${fields.length} fields, over 10`);
      for (const f of fields) check(text(f).length <= 2000, `${where}: field text over 2,000`);
    }
    if (block.type === 'context') {
      const elements = list(block.elements);
      check(
        elements.length > 0 && elements.length <= 10,
        `${where}: ${elements.length} elements, not 1 to 10`,
      );
      for (const e of elements) check(String(e.text ?? '').length <= 3000, `${where}: text over 3,000`);
    }
    if (block.type === 'actions') {
      const count = list(block.elements).length;
      check(count > 0 && count <= 25, `${where}: ${count} elements, not 1 to 25`);
    }
    if (block.type === 'input') {
      check(
        text(block.label).length > 0 && text(block.label).length <= 2000,
        `${where}: label empty or over 2,000`,
      );
      check(text(block.hint).length <= 2000, `${where}: hint over 2,000`);
    }
    const elements = interactiveElements(block);
    const actionIds = elements.map((e) => e.action_id).filter((id) => id !== undefined);
    check(
      new Set(actionIds).size === actionIds.length,
      `${where}: action_id repeated (${actionIds.join(', ')})`,
    );
    for (const element of elements) problems.push(...elementProblems(element, where));
  }
  return problems;
}

/** The elements that carry action ids in a block: an input's element, a section's accessory, an actions block's elements. */
function interactiveElements(block: Json): Json[] {
  if (block.type === 'input') return block.element ? [block.element as Json] : [];
  if (block.type === 'section') return block.accessory ? [block.accessory as Json] : [];
  if (block.type === 'actions') return list(block.elements);
  return [];
}

function elementProblems(element: Json, where: string): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(`${where}: ${problem}`);
  };
  check(String(element.action_id ?? '').length <= 255, 'action_id over 255');
  check(text(element.placeholder).length <= 150, 'placeholder over 150');
  if (element.type === 'button') {
    const label = text(element.text).length;
    check(label > 0 && label <= 75, 'button text empty or over 75');
    check(String(element.value ?? '').length <= 2000, 'button value over 2,000');
  }
  if (element.type === 'overflow') {
    const options = list(element.options);
    check(options.length > 0 && options.length <= 5, `${options.length} overflow options, not 1 to 5`);
    for (const o of options) check(String(o.value ?? '').length <= 150, 'option value over 150');
  }
  if (element.type === 'static_select' || element.type === 'radio_buttons') {
    const options = list(element.options);
    const max = element.type === 'static_select' ? 100 : 10;
    check(options.length > 0 && options.length <= max, `${options.length} options, not 1 to ${max}`);
    for (const o of options) {
      check(text(o.text).length <= 75, `option text over 75: ${text(o.text)}`);
      check(String(o.value ?? '').length <= 150, 'option value over 150');
    }
    const values = options.map((o) => o.value);
    check(new Set(values).size === values.length, 'option values repeated');
    const initial = element.initial_option as Json | undefined;
    if (initial) check(values.includes(initial.value), 'initial_option is not one of the options');
  }
  if (element.type === 'plain_text_input') {
    const maxLength = Number(element.max_length ?? 3000);
    check(maxLength <= 3000, 'max_length over 3,000');
    const initial = element.initial_value;
    if (initial !== undefined) {
      check(typeof initial === 'string' && initial.length > 0, 'initial_value empty');
      check(String(initial).length <= maxLength, 'initial_value longer than max_length');
    }
  }
  return problems;
}
