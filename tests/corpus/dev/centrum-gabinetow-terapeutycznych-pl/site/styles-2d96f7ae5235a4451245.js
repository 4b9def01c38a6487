(window.webpackJsonp=window.webpackJsonp||[]).push([[19],[]]);
//# sourceMappingURL=styles-2d96f7ae5235a4451245.js.map