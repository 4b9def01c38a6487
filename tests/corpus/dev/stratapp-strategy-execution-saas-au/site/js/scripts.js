

$('.shrinkable').readmore({ 
    speed: 75, 
    collapsedHeight: 195,
    lessLink: '<a href="#" class="c-feature__link">read less</a>',
    moreLink: '<a href="#" class="c-feature__link">read more</a>'
});


