import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { fetchMe, signIn, signOut as endSession } from '../api/session-api';
import type { Me, SignInRequest } from '../api/types';

type SessionState =
  | { status: 'loading'; user: null }
  | { status: 'signed-in'; user: Me }
  | { status: 'signed-out'; user: null };

type SessionContextValue = SessionState & {
  signedIn: (user: Me) => void;
  /** Signs in with an e-mail and password and updates the session (e.g. right after enrolling). */
  signInWith: (credentials: SignInRequest) => Promise<Me>;
  signOut: () => Promise<void>;
};

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading', user: null });

  useEffect(() => {
    const controller = new AbortController();
    fetchMe(controller.signal).then(
      (user) => setState({ status: 'signed-in', user }),
      () => {
        if (!controller.signal.aborted) setState({ status: 'signed-out', user: null });
      },
    );
    return () => controller.abort();
  }, []);

  const signedIn = useCallback((user: Me) => setState({ status: 'signed-in', user }), []);

  const signInWith = useCallback(async (credentials: SignInRequest) => {
    const user = await signIn(credentials);
    setState({ status: 'signed-in', user });
    return user;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await endSession();
    } finally {
      // Forget the person locally even if the server could not be told.
      setState({ status: 'signed-out', user: null });
    }
  }, []);

  const value = useMemo(
    () => ({ ...state, signedIn, signInWith, signOut }),
    [state, signedIn, signInWith, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a <SessionProvider> above it');
  return value;
}
