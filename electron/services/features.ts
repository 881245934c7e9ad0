import { checkFeature } from './check';
import { exportFeature } from './export/service';
import { importFeature } from './import';
import { issuesFeature } from './issues';
import { searchFeature } from './search';
import { tasksFeature } from './tasks';
import { policyFeature } from './policy/feature';

/** Each feature's service factory, in start order (they are disposed in reverse). Features add theirs here. */
export const FEATURES = [importFeature, checkFeature, searchFeature, exportFeature, tasksFeature, policyFeature, issuesFeature] as const;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** The channels the features declare together; createServices checks them against the contract. */
export type FeatureApis = UnionToIntersection<ReturnType<(typeof FEATURES)[number]>['api']>;
