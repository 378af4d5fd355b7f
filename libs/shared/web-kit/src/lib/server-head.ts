// What a server render (apps/web/src/server.tsx) collects for the document around the page: a page's
// <title>, which useDocumentTitle sets in an effect in the browser, but effects do not run on the server.
import { createContext, useContext } from 'react';

export interface ServerHead {
  title?: string;
}

export const ServerHeadContext = createContext<ServerHead | undefined>(undefined);

/** The head of the document the server is writing; undefined in the browser. */
export function useServerHead(): ServerHead | undefined {
  return useContext(ServerHeadContext);
}
