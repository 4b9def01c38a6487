import "/theme/js/site.js";
