import { createContext, useContext, type ReactNode } from "react";

/** The request's CSP nonce, for the few scripts the server renders. Browsers hide it after load, so the client sees "". */
const NonceContext = createContext<string | undefined>(undefined);

export function NonceProvider({ value, children }: { value: string | undefined; children: ReactNode }) {
  return <NonceContext.Provider value={value}>{children}</NonceContext.Provider>;
}

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
