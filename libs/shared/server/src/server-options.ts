// How the server kit runs in this process.
export interface ServerModuleOptions {
  /**
   * `work`: enqueue jobs and run them; `enqueue`: enqueue only, other instances run them (JOB_WORKERS=false);
   * `off`: no job queue at all (building the schema, command-line tools).
   */
  jobs: 'work' | 'enqueue' | 'off';
}

export const SERVER_OPTIONS = Symbol('SERVER_OPTIONS');
