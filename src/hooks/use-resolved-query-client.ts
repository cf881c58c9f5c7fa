'use client';
import { QueryClientContext, type QueryClient } from '@tanstack/react-query';
import { useContext } from 'react';
import { libraryQueryClient } from './library-query-client';

/** The given client, else the app's `QueryClientProvider`'s, else the one the library owns. */
export function useResolvedQueryClient(given: QueryClient | undefined): QueryClient {
  const appClient = useContext(QueryClientContext);
  return given ?? appClient ?? libraryQueryClient();
}
