console.log('Shortcodes.js loaded from static folder');
