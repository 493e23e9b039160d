import { mayUndo, undoRefusal } from './handover.rules';

describe('handover rules', () => {
  const at = new Date('2026-02-12T10:00:00Z');
  const handover = { fromUserId: 'anna', handedOverAt: at, undoneAt: null };

  it('lets the previous owner and administrators undo, nobody else', () => {
    expect(mayUndo({ kind: 'staff', userId: 'anna', role: 'specialist', name: 'Anna', lang: 'nl' }, handover)).toBe(true);
    expect(mayUndo({ kind: 'staff', userId: 'root', role: 'admin', name: 'Admin', lang: 'nl' }, handover)).toBe(true);
    expect(mayUndo({ kind: 'staff', userId: 'pieter', role: 'specialist', name: 'Pieter', lang: 'nl' }, handover)).toBe(false);
  });

  it('allows an undo until 24 hours have passed, then says why not', () => {
    expect(undoRefusal(handover, new Date('2026-02-13T09:59:59Z'), true)).toBeNull();
    expect(undoRefusal(handover, new Date('2026-02-13T10:00:00Z'), true)).toBe('undoWindowPassed');
    expect(undoRefusal(handover, new Date('2026-02-12T11:00:00Z'), false)).toBe('handedOnSince');
    expect(undoRefusal({ ...handover, undoneAt: at }, at, true)).toBe('alreadyUndone');
  });
});
