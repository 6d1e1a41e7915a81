import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';

/**
 * Arrow Left/Right jump a dragged card straight to the neighbouring column (instead of dnd-kit's
 * default 25 px nudges), so a keyboard move is one key press per stage.
 */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  if (event.code !== KeyboardCode.Right && event.code !== KeyboardCode.Left) return undefined;
  const { collisionRect, droppableRects } = context;
  if (!collisionRect) return undefined;
  event.preventDefault();
  const columns = [...droppableRects.values()].sort((a, b) => a.left - b.left);
  const first = columns[0];
  if (!first) return undefined;
  const centre = collisionRect.left + collisionRect.width / 2;
  let index = columns.findIndex((rect) => centre >= rect.left && centre < rect.left + rect.width);
  if (index === -1) index = centre < first.left ? -1 : columns.length;
  const target = columns[index + (event.code === KeyboardCode.Right ? 1 : -1)];
  if (!target) return undefined;
  return { x: currentCoordinates.x + (target.left + target.width / 2 - centre), y: currentCoordinates.y };
};
