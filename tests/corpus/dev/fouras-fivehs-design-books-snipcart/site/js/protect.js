          $('[data-fancybox]').fancybox({
  protect: true
});
