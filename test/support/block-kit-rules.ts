/*
 * The Block Kit rules Slack enforces when it opens a modal or posts a message, checked locally (the
 * fake Web API accepts anything). https://docs.slack.dev/reference/block-kit/blocks,
 * .../block-elements, .../composition-objects and https://docs.slack.dev/surfaces/modals
 */

type Json = Record<string, unknown>;

const text = (value: unknown): string =>
  typeof value === 'object' && value !== null ? String((value as Json).text ?? '') : '';
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

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
  problems.push(...blockProblems(list(view.blocks), 100));
  return problems;
}

/** Every rule a list of blocks breaks (a message holds 50, a modal 100). */
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
    if (block.type === 'section') check(text(block.text).length <= 3000, `${where}: text over 3,000`);
    if (block.type === 'context') {
      check(list(block.elements).length <= 10, `${where}: over 10 elements`);
      for (const e of list(block.elements))
        check(String(e.text ?? '').length <= 3000, `${where}: text over 3,000`);
    }
    if (block.type === 'input') {
      check(
        text(block.label).length > 0 && text(block.label).length <= 2000,
        `${where}: label empty or over 2,000`,
      );
      check(text(block.hint).length <= 2000, `${where}: hint over 2,000`);
    }
    const elements = block.type === 'input' ? [block.element as Json] : list(block.elements);
    const actionIds = elements.map((e) => e?.action_id).filter((id) => id !== undefined);
    check(new Set(actionIds).size === actionIds.length, `${where}: action_id repeated`);
    for (const element of elements) if (element) problems.push(...elementProblems(element, where));
  }
  return problems;
}

function elementProblems(element: Json, where: string): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(`${where}: ${problem}`);
  };
  check(String(element.action_id ?? '').length <= 255, 'action_id over 255');
  check(text(element.placeholder).length <= 150, 'placeholder over 150');
  if (element.type === 'button') {
    check(text(element.text).length <= 75, 'button text over 75');
    check(String(element.value ?? '').length <= 2000, 'button value over 2,000');
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
