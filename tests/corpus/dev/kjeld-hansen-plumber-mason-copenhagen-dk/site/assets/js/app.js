(function ($) {
    lightbox.option({
        'resizeDuration': 150,
        'wrapAround': true,
        'albumLabel': "Billede %1 af %2"
      })    
})(jQuery);