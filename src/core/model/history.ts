import type { Item, Update } from './entities.ts';

/** The part of an item that its history decides. */
export type ItemState = Pick<Item, 'status' | 'ownerId' | 'ownerTeam' | 'blockedReason'>;

export const INITIAL_STATE: ItemState = {
  status: 'awaiting_allocation',
  ownerId: null,
  ownerTeam: null,
  blockedReason: null,
};

/**
 * One step of an item's history. Use cases compute the new state with this and the same function
 * replays a whole history, so the stored projection can always be checked against the log.
 */
export function applyUpdate(state: ItemState, update: Update): ItemState {
  switch (update.kind) {
    case 'created':
    case 'assigned':
      return {
        ...state,
        status: update.toStatus ?? state.status,
        ownerId: update.kind === 'assigned' || update.ownerTo !== null ? update.ownerTo : state.ownerId,
        ownerTeam:
          update.kind === 'assigned' || update.ownerTeam !== null ? update.ownerTeam : state.ownerTeam,
      };
    case 'status':
      return {
        ...state,
        status: update.toStatus ?? state.status,
        blockedReason: update.toStatus === 'blocked' ? update.note : null,
      };
    default:
      return state;
  }
}

export function replay(updates: readonly Update[]): ItemState {
  return updates.reduce(applyUpdate, INITIAL_STATE);
}
