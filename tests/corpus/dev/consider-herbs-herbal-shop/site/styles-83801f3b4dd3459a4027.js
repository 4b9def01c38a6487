(window.webpackJsonp=window.webpackJsonp||[]).push([[13],[]]);
//# sourceMappingURL=styles-83801f3b4dd3459a4027.js.map