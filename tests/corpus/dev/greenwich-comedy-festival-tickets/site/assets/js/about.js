$("#gallery").lightGallery({
    selector: '.about__images',
    download: false
});

