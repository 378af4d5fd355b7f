// Types of server-build.mjs for the TypeScript code that imports it (the build configuration spec).
export declare const SERVER_TYPES: readonly string[];
export declare function workspaceAliases(root: string): [alias: string, target: string][];
export declare function serverAliases(root: string): Record<string, [string]>;
export declare function serverSourceDirs(root: string): string[];
export declare function serverSwcConfig(
  root: string,
): { jsc: Record<string, unknown> } & Record<string, unknown>;
