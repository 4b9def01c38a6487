jQuery('#item_add').click(function() {

  $('html, body').animate({
    scrollTop: 0
  }, 100);

  $('#cart-menu').addClass('animated shake');

});
