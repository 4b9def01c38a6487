$(document).ready(function(){


// - - - - - - - TYPED

$(".typed").typed({
strings: ["your passion.","what you love."],
typeSpeed: 50
});


// - - - - - - SMOOTH SCROLL

$('a[href*="#"]')
  // Remove links that don't actually link to anything
  .not('[href="#"]')
  .not('[href="#0"]')
  .click(function(event) {
    // On-page links
    if (
      location.pathname.replace(/^\//, '') == this.pathname.replace(/^\//, '')
      &&
      location.hostname == this.hostname
    ) {
      // Figure out element to scroll to
      var target = $(this.hash);
      target = target.length ? target : $('[name=' + this.hash.slice(1) + ']');
      // Does a scroll target exist?
      if (target.length) {
        // Only prevent default if animation is actually gonna happen
        event.preventDefault();
        $('html, body').animate({
          scrollTop: target.offset().top
        }, 1000, function() {
          // Callback after animation
          // Must change focus!
          var $target = $(target);
          $target.focus();
          if ($target.is(":focus")) { // Checking if the target was focused
            return false;
          } else {
            $target.attr('tabindex','-1'); // Adding tabindex for elements not focusable
            $target.focus(); // Set focus again
          };
        });
      }
    }
  });

// - - - - - HAMBURGUER

$(".burger-button").click(function(){
  $(".burger-button").toggleClass("active");
  $(".burger-menu").slideToggle();
});


// - - - - DROPDOWN SECTION
 $(".dropdown-nav").click(function(){
   $(this).children(".dropdown-content").slideToggle();
 });


// - - - - - PROJECTS grid


  $('nav#portfolio-filter a').click(function(e) {
    e.preventDefault();
    console.log("We clicked it");

    /* make this <li> class active and remove class 'active' from any other <li>s */
    $('nav#portfolio-filter .active').removeClass('active');
    $(this).addClass('active');

    /* get the name of the category from this link */
    var filterVal = $(this).text().toLowerCase().replace(' ','-');

    $('#projects-table .table-item').each(function() {
        if(filterVal == 'all'){
          $(this).removeClass('hidden');
        }else{
          if(!$(this).hasClass(filterVal)) {
            $(this).addClass('hidden'); // hide those that don't have the filter
          }else{
            $(this).removeClass('hidden'); // show those that do have the filter
          }
};
        });

});




}); // this closes the functions
