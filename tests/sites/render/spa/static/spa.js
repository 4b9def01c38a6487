// A single-page app with history routing: one index.html for every path (the server's
// fallback route), the view chosen from location.pathname, links handled by pushState.
const views = {
  "/": { title: "Kettle Co. | Home", h1: "Tea, properly brewed",
         body: '<a class="btn btn-primary" href="/products">Shop kettles</a>' },
  "/products": { title: "Kettle Co. | Products", h1: "All kettles",
                 body: '<ul><li><a href="/products/gooseneck">Gooseneck kettle</a></li></ul>' },
  "/products/gooseneck": { title: "Kettle Co. | Gooseneck kettle", h1: "Gooseneck kettle",
                           body: '<p>EUR 89</p><button class="btn btn-primary" id="add">Add to cart</button>' },
  "/about": { title: "Kettle Co. | About us", h1: "About us", body: "<p>Since 1998.</p>" },
};

function render() {
  const view = views[location.pathname] || { title: "Kettle Co. | Not found", h1: "Page not found", body: "" };
  document.title = view.title;
  document.getElementById("root").innerHTML = `
    <header><nav><a href="/">Home</a> <a href="/products">Products</a> <a href="/about">About</a></nav></header>
    <main><h1>${view.h1}</h1>${view.body}</main>`;
}

document.addEventListener("click", (event) => {
  const link = event.target.closest("a[href^='/']");
  if (!link) return;
  event.preventDefault();
  history.pushState({}, "", link.getAttribute("href"));
  render();
});
window.addEventListener("popstate", render);
render();
