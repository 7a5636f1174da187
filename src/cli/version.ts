// The bundler inlines package.json into the compiled CLI; tsx and Vitest read it as a JSON module.
import packageJson from '../../package.json' with { type: 'json' };

/** locdiff's version, as package.json gives it. */
export const VERSION: string = packageJson.version;
