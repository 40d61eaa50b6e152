/** The views that show one cooperation at a time, carousel and kiosk: one part, loaded when one is first shown. */
export { renderCarousel } from './carousel.js';
export { renderKiosk } from './kiosk.js';
export { Rotation } from './rotation.js';
/** Their look, adopted by the showcase when this part arrives. */
export { slidesStyles as styles } from './slides.styles.js';
