/** Typed context for the workbench: App provides it, components read it; no module singleton. */
import { createContext } from 'svelte';
import type { Workbench } from './workbench.svelte.ts';

export const [getWorkbench, setWorkbench] = createContext<Workbench>();
