console.log('Library');

;
console.log('Services')
