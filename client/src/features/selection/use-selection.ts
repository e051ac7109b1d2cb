"use client";
import { useCallback, useMemo, useRef, useState } from "react";
import { toggleSelection } from "./selection";

export type Selection<K> = {
  selected: ReadonlySet<K>;
  isSelected: (key: K) => boolean;
  /** A click on the row at `index` of `keys`; `shift` extends from the previous click. */
  toggle: (keys: readonly K[], index: number, shift: boolean) => void;
  setAll: (keys: readonly K[]) => void;
  clear: () => void;
};

export function useSelection<K>(): Selection<K> {
  const [selected, setSelected] = useState<ReadonlySet<K>>(new Set());
  const anchor = useRef<number | null>(null);
  const toggle = useCallback((keys: readonly K[], index: number, shift: boolean) => {
    // Read the anchor now: the updater runs later, after it has moved to this row.
    const from = anchor.current;
    setSelected((current) => toggleSelection(current, keys, index, from, shift));
    anchor.current = index;
  }, []);
  const setAll = useCallback((keys: readonly K[]) => setSelected(new Set(keys)), []);
  const clear = useCallback(() => {
    anchor.current = null;
    setSelected(new Set());
  }, []);
  return useMemo(() => ({ selected, isSelected: (key: K) => selected.has(key), toggle, setAll, clear }), [selected, toggle, setAll, clear]);
}
