/** The settings screen: the user's settings beside what the administrator's policy sets and locks. */
export { SettingsButton } from './SettingsButton';
