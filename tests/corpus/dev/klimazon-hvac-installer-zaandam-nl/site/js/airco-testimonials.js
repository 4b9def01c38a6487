export const AIRCO_TESTIMONIALS = [
  {
    quote:
      '"Een heel fijn bedrijf met secure, vakbekwame en vriendelijke vakmensen. Een genot om zaken mee te doen! De servicegerichtheid en ouderwetse vriendelijkheid (waar vind je dat nog?) doen de rest."',
    author: '<span class="font-extrabold">JJ</span> &mdash; Airco-installatie',
    source: {
      src: "./assets/images/logo/google-reviews.png",
      alt: "Google reviews"
    }
  },
  {
    quote:
      '"Goede vaklui die eerlijk met je meedenken. Fijne en snelle communicatie, die na het installeren ook alles netjes achter laten. Absolute aanraders voor het plaatsen van zonnepanelen."',
    author: '<span class="font-extrabold">Lars</span> &mdash; Zonnepanelen installatie',
    source: {
      src: "./assets/images/logo/google-reviews.png",
      alt: "Google reviews"
    }
  },
  {
    quote:
      '"Klimazon dacht goed mee over de beste oplossing voor ons huis. De installatie van de warmtepomp verliep soepel en alles werd duidelijk uitgelegd."',
    author: '<span class="font-extrabold">Toni</span> &mdash; Dubbele airco in Amsterdam',
    source: {
      src: "./assets/images-new/logos/homedeal-banner.png",
      alt: "Homedeal"
    }
  }
];
