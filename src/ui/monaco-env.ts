/**
 * Wires Monaco's web worker (imported once, before any editor is created). Monaco runs its
 * diff computation and text services in this worker; Vite bundles it as a same-origin file, so
 * the CSP's `worker-src 'self' blob:` allows it and no request leaves the origin.
 * The path is the one that resolves under Vite 8 (shared/notes/monaco-0.57.md, "Loading").
 */
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

interface MonacoEnvironmentHost {
	MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
}

(globalThis as MonacoEnvironmentHost).MonacoEnvironment = {
	// Only the editor worker exists: locdiff registers no language services.
	getWorker: () => new EditorWorker()
};
