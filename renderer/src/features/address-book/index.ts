export { AddressBookPanel } from './AddressBookPanel';
