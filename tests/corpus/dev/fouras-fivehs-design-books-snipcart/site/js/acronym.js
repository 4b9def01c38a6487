

var acronymsA1 = ['abbreviate', 'abandon', 'aback', 'artifact', 'alliteration', 'ambiguous', 'arbitrary', 'affect', 'arrogant', 'articulate', 'ambitious', 'alien', 'artcore', 'aaaa', 'aardvark', 'anti', 'avalon', 'arduous', 'advocate', 'adrenaline', 'adrift', 'anchored', 'anew', 'atmosphere', 'atomize', 'awkward', 'awry', 'apace', 'agog', 'aversion', 'avid', 'antonym', 'anfractuous', 'appreciate' ,'aplomb', 'appall', 'ably', 'aplanatic', 'apologia', 'ablate', 'attrition', 'attitude', 'axiomatic', 'azygos', 'ahistorical', 'ahead', 'avant-garde', 'addition', 'adore', 'audiovisual'];
setInterval(function() {
  var rand = Math.floor(Math.random() * 50);
  document.getElementById("a1-1").innerHTML = acronymsA1[rand];
}, 150);

var acronymsA1 = ['abbreviate', 'abandon', 'aback', 'artifact', 'alliteration', 'ambiguous', 'arbitrary', 'affect', 'arrogant', 'articulate', 'ambitious', 'alien', 'artcore', 'aaaa', 'aardvark', 'anti', 'avalon', 'arduous', 'advocate', 'adrenaline', 'adrift', 'anchored', 'anew', 'atmosphere', 'atomize', 'awkward', 'awry', 'apace', 'agog', 'aversion', 'avid', 'antonym', 'anfractuous', 'appreciate' ,'aplomb', 'appall', 'ably', 'aplanatic', 'apologia', 'ablate', 'attrition', 'attitude', 'axiomatic', 'azygos', 'ahistorical', 'ahead', 'avant-garde', 'addition', 'adore', 'audiovisual'];
setInterval(function() {
  var rand = Math.floor(Math.random() * 50);
  document.getElementById("a1-2").innerHTML = acronymsA1[rand];
}, 150);

var acronymsA1 = ['abbreviate', 'abandon', 'aback', 'artifact', 'alliteration', 'ambiguous', 'arbitrary', 'affect', 'arrogant', 'articulate', 'ambitious', 'alien', 'artcore', 'aaaa', 'aardvark', 'anti', 'avalon', 'arduous', 'advocate', 'adrenaline', 'adrift', 'anchored', 'anew', 'atmosphere', 'atomize', 'awkward', 'awry', 'apace', 'agog', 'aversion', 'avid', 'antonym', 'anfractuous', 'appreciate' ,'aplomb', 'appall', 'ably', 'aplanatic', 'apologia', 'ablate', 'attrition', 'attitude', 'axiomatic', 'azygos', 'ahistorical', 'ahead', 'avant-garde', 'addition', 'adore', 'audiovisual'];
setInterval(function() {
  var rand = Math.floor(Math.random() * 50);
  document.getElementById("a1-3").innerHTML = acronymsA1[rand];
}, 150);

var acronymsA1 = ['abbreviate', 'abandon', 'aback', 'artifact', 'alliteration', 'ambiguous', 'arbitrary', 'affect', 'arrogant', 'articulate', 'ambitious', 'alien', 'artcore', 'aaaa', 'aardvark', 'anti', 'avalon', 'arduous', 'advocate', 'adrenaline', 'adrift', 'anchored', 'anew', 'atmosphere', 'atomize', 'awkward', 'awry', 'apace', 'agog', 'aversion', 'avid', 'antonym', 'anfractuous', 'appreciate' ,'aplomb', 'appall', 'ably', 'aplanatic', 'apologia', 'ablate', 'attrition', 'attitude', 'axiomatic', 'azygos', 'ahistorical', 'ahead', 'avant-garde', 'addition', 'adore', 'audiovisual'];
setInterval(function() {
  var rand = Math.floor(Math.random() * 50);
  document.getElementById("a1-4").innerHTML = acronymsA1[rand];
}, 150);





var acronymsH1 = ['heliocentric', 'heighten', 'heist', 'hesitant', 'hear', 'headache', 'headful', 'headliner', 'headlong', 'head-on', 'howe', 'headroom', 'HN', 'hie', 'hhhhh', 'hue', 'hidden', 'haze', 'humanism', 'Hz', 'heresy', 'hypocrite', 'hiss', 'hilarious', 'hyaline', 'hideaway', 'headspace', 'hands', 'habilitate', 'hairsplitter', 'heady', 'haggard', 'hiatus', 'hejira' ,'heard', 'heartthrob', 'heave', 'hedged', 'hooey', 'hemispheric', 'henceforth', 'hearken', 'heaps', 'hack', 'hacker', 'hokey', 'hacek', 'hello', 'helical', 'hackneyed'];
setInterval(function() {
  var rand = Math.floor(Math.random() * 50);
  document.getElementById("h1-1").innerHTML = acronymsH1[rand];
}, 150);

var acronymsH1 = ['heliocentric', 'heighten', 'heist', 'hesitant', 'hear', 'headache', 'headful', 'headliner', 'headlong', 'head-on', 'howe', 'headroom', 'HN', 'hie', 'hhhhh', 'hue', 'hidden', 'haze', 'humanism', 'Hz', 'heresy', 'hypocrite', 'hiss', 'hilarious', 'hyaline', 'hideaway', 'headspace', 'hands', 'habilitate', 'hairsplitter', 'heady', 'haggard', 'hiatus', 'hejira' ,'heard', 'heartthrob', 'heave', 'hedged', 'hooey', 'hemispheric', 'henceforth', 'hearken', 'heaps', 'hack', 'hacker', 'hokey', 'hacek', 'hello', 'helical', 'hackneyed'];
setInterval(function() {
  var rand = Math.floor(Math.random() * 50);
  document.getElementById("h1-2").innerHTML = acronymsH1[rand];
}, 150);

var acronymsH1 = ['heliocentric', 'heighten', 'heist', 'hesitant', 'hear', 'headache', 'headful', 'headliner', 'headlong', 'head-on', 'howe', 'headroom', 'HN', 'hie', 'hhhhh', 'hue', 'hidden', 'haze', 'humanism', 'Hz', 'heresy', 'hypocrite', 'hiss', 'hilarious', 'hyaline', 'hideaway', 'headspace', 'hands', 'habilitate', 'hairsplitter', 'heady', 'haggard', 'hiatus', 'hejira' ,'heard', 'heartthrob', 'heave', 'hedged', 'hooey', 'hemispheric', 'henceforth', 'hearken', 'heaps', 'hack', 'hacker', 'hokey', 'hacek', 'hello', 'helical', 'hackneyed'];
setInterval(function() {
  var rand = Math.floor(Math.random() * 50);
  document.getElementById("h1-3").innerHTML = acronymsH1[rand];
}, 150);

var acronymsH1 = ['heliocentric', 'heighten', 'heist', 'hesitant', 'hear', 'headache', 'headful', 'headliner', 'headlong', 'head-on', 'howe', 'headroom', 'HN', 'hie', 'hhhhh', 'hue', 'hidden', 'haze', 'humanism', 'Hz', 'heresy', 'hypocrite', 'hiss', 'hilarious', 'hyaline', 'hideaway', 'headspace', 'hands', 'habilitate', 'hairsplitter', 'heady', 'haggard', 'hiatus', 'hejira' ,'heard', 'heartthrob', 'heave', 'hedged', 'hooey', 'hemispheric', 'henceforth', 'hearken', 'heaps', 'hack', 'hacker', 'hokey', 'hacek', 'hello', 'helical', 'hackneyed'];
setInterval(function() {
  var rand = Math.floor(Math.random() * 50);
  document.getElementById("h1-4").innerHTML = acronymsH1[rand];
}, 150);

var acronymsH1 = ['coming', 'soon', 'heist', 'hesitant', 'hear', 'headache', 'headful', 'headliner', 'headlong', 'head-on', 'howe', 'headroom', 'HN', 'hie', 'hhhhh', 'hue', 'hidden', 'haze', 'humanism', 'Hz', 'heresy', 'hypocrite', 'hiss', 'hilarious', 'hyaline', 'hideaway', 'headspace', 'hands', 'habilitate', 'hairsplitter', 'heady', 'haggard', 'hiatus', 'hejira' ,'heard', 'heartthrob', 'heave', 'hedged', 'hooey', 'hemispheric', 'henceforth', 'hearken', 'heaps', 'hack', 'hacker', 'hokey', 'hacek', 'hello', 'helical', 'hackneyed'];
setInterval(function() {
  var rand = Math.floor(Math.random() * 50);
  document.getElementById("h1-5").innerHTML = acronymsH1[rand];
}, 150);
 




