export * from './contract';
export * from './errors';
export * from './dispatch';
export * from './channels/files';
export * from './channels/policy';
