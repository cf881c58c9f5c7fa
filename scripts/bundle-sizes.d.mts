export declare const budgets: Record<string, number>;
export declare function measureBundleSizes(): Promise<Array<{ name: string; min: number; gzip: number; budget: number | undefined }>>;
