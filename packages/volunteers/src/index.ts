export * from './maillage-volunteers.js';
export { VOLUNTEERS_VIEWS, type VolunteersView } from './render-card.js';
export { FILTER_CONTROLS, type FilterControl } from './render-filters.js';
export { SIGNUP_PAYLOAD_VERSION, type SignupPayload } from './signup/payload.js';
