import { initNavigation } from "./modules/navigation.js";
import { initPopupLinks } from "./modules/popup-links.js";
import { initDevelopmentNotice } from "./modules/development-notice.js";
import { initReleaseFilters } from "./modules/release-filters.js";
import { initRouteFinder } from "./modules/route-finder.js";

initNavigation();
initPopupLinks();
initDevelopmentNotice();
initReleaseFilters();
initRouteFinder();
