import { createContext, useContext } from 'react';
import type { ProfileLibrary } from '../domain/profile/profile-library';

/** The validated profiles, loaded once at start and shared by every screen. */
export const ProfileLibraryContext = createContext<ProfileLibrary | null>(null);

export function useProfileLibrary(): ProfileLibrary {
  const library = useContext(ProfileLibraryContext);
  if (!library) throw new Error('useProfileLibrary must be used inside ProfileLibraryContext');
  return library;
}
