$ (document).ready(function(){

// THIS IS THE TYPED STUFF
var typed = new Typed('#typed', {
	stringsElement: '#typed-strings',
	loop: true,
   loopCount: Infinity,
	typeSpeed: 80
});
});
