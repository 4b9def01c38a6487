// Preloader js    
$(window).on('load', function () {
  $('.preloader').fadeOut(100);
});
